package eu.cyberplan.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The consumers' parked records: exactly the record that failed, headers and payload, so it can be applied again. */
@Singleton
public class ParkedRecords {

    private static final Logger LOG = LoggerFactory.getLogger(ParkedRecords.class);
    static final String PARKED_COUNTER = "cyberplan.inbox.parked";

    // A record parked again (after a redelivery or a failed retry) keeps its row: one row per record and consumer group.
    private static final String PARK = """
            INSERT INTO parked_event (id, consumer_group, topic, partition, record_offset, record_key, ce_id, event_type,
                                      headers, payload, size, reason, attempts, status, parked_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, 'PARKED', ?)
            ON CONFLICT (consumer_group, topic, partition, record_offset) DO UPDATE SET reason = EXCLUDED.reason,
                attempts = parked_event.attempts + EXCLUDED.attempts, status = 'PARKED', parked_at = EXCLUDED.parked_at,
                resolved_at = NULL, resolved_by = NULL""";

    private final JdbcOperations jdbc;
    private final RecordHeaderText headerText;
    private final MeterRegistry meters;
    private final Clock clock;

    public ParkedRecords(JdbcOperations jdbc, RecordHeaderText headerText, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.headerText = headerText;
        this.meters = meters;
        this.clock = clock;
    }

    /** A parked record as it was consumed, with the consumer group that could not apply it. */
    public record Parked(String consumerGroup, ConsumerRecord<String, byte[]> record) {
    }

    @Transactional
    public void park(String consumerGroup, ConsumerRecord<String, byte[]> record, Throwable failure, int attempts) {
        String reason = HandlingFailures.reason(failure);
        String ceId = RecordHeaderText.header(record.headers(), "ce_id");
        String type = RecordHeaderText.header(record.headers(), "ce_type");
        jdbc.prepareStatement(PARK, statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setString(2, consumerGroup);
            statement.setString(3, record.topic());
            statement.setInt(4, record.partition());
            statement.setLong(5, record.offset());
            statement.setString(6, record.key());
            statement.setString(7, ceId);
            statement.setString(8, type);
            statement.setString(9, headerText.json(record.headers()));
            statement.setBytes(10, record.value());
            statement.setInt(11, record.value() == null ? 0 : record.value().length);
            statement.setString(12, reason);
            statement.setInt(13, attempts);
            statement.setTimestamp(14, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        meters.counter(PARKED_COUNTER, "group", consumerGroup, "topic", record.topic()).increment();
        LOG.error("Record {}-{}@{} (event {}, {}) PARKED for consumer group {} after {} attempts: {}. The records after it "
                        + "are applied; an operator retries or discards it (GET /api/v1/parked-events)",
                record.topic(), record.partition(), record.offset(), ceId, type, consumerGroup, attempts, reason);
    }

    /** The parked record with this id, rebuilt as it was consumed. */
    @Transactional
    public Optional<Parked> find(UUID id) {
        return jdbc.prepareStatement("""
                SELECT consumer_group, topic, partition, record_offset, record_key, headers::text, payload, parked_at
                FROM parked_event WHERE id = ?""", statement -> {
            statement.setObject(1, id);
            try (var rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] payload = rs.getBytes(7);
                ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getTimestamp(8).getTime(), TimestampType.NO_TIMESTAMP_TYPE, -1, payload == null ? -1 : payload.length,
                        rs.getString(5), payload, headerText.headers(rs.getString(6)), Optional.empty());
                return Optional.of(new Parked(rs.getString(1), record));
            }
        });
    }
}
