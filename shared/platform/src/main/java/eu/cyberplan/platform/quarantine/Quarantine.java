package eu.cyberplan.platform.quarantine;

import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.inbox.RecordHeaderText;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The records this service's consumers refused because nobody trusted could vouch for them (DESIGN §11), counted on
 * {@code /prometheus} as {@code cyberplan_events_quarantined_total}. Holding one never blocks its partition.
 */
@Singleton
public class Quarantine {

    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);
    static final String COUNTER = "cyberplan.events.quarantined";

    private static final String HOLD = """
            INSERT INTO quarantined_event (id, consumer_group, topic, partition, record_offset, record_key, ce_id, event_type,
                                           signer_node, headers, payload, size, reason, detail, quarantined_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
            ON CONFLICT (consumer_group, topic, partition, record_offset) DO NOTHING""";
    private static final String COLUMNS = """
            id, consumer_group, topic, partition, record_offset, record_key, ce_id, event_type, signer_node, reason, detail,
            size, quarantined_at""";

    private final JdbcOperations jdbc;
    private final RecordHeaderText headers;
    private final MeterRegistry meters;
    private final Clock clock;
    /** At most 20 lines a minute for each group, reason and signer; every record is still stored and counted. */
    private final LogBudget logBudget = new LogBudget(20, Duration.ofMinutes(1));

    public Quarantine(JdbcOperations jdbc, RecordHeaderText headers, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.headers = headers;
        this.meters = meters;
        this.clock = clock;
    }

    /** Keeps the record with why it was refused; a record held already (a redelivery) is neither stored nor counted again. */
    @Transactional
    public void hold(String consumerGroup, ConsumerRecord<String, byte[]> record, String reason, String detail) {
        String signer = RecordHeaderText.header(record.headers(), "ce_cpnode");
        int stored = jdbc.prepareStatement(HOLD, statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setString(2, consumerGroup);
            statement.setString(3, record.topic());
            statement.setInt(4, record.partition());
            statement.setLong(5, record.offset());
            statement.setString(6, record.key());
            statement.setString(7, RecordHeaderText.header(record.headers(), "ce_id"));
            statement.setString(8, RecordHeaderText.header(record.headers(), "ce_type"));
            statement.setString(9, signer);
            statement.setString(10, headers.json(record.headers()));
            statement.setBytes(11, record.value());
            statement.setInt(12, record.value() == null ? 0 : record.value().length);
            statement.setString(13, reason);
            statement.setString(14, detail);
            statement.setTimestamp(15, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        if (stored == 1) {
            meters.counter(COUNTER, "group", consumerGroup, "reason", reason).increment();
            logBudget.take(consumerGroup + " " + reason + " " + signer, clock.instant()).ifPresent(untold ->
                    LOG.error("Record {}-{}@{} QUARANTINED for consumer group {}: {} ({}), signed by node {}. Not applied;"
                                    + " see GET /api/v1/quarantine{}",
                            record.topic(), record.partition(), record.offset(), consumerGroup, reason, detail, signer,
                            untold == 0 ? "" : " (and " + untold + " more like it in the last minute, not logged one by one)"));
        }
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<QuarantinedEvent> list(int page, int size) {
        long total = jdbc.prepareStatement("SELECT count(*) FROM quarantined_event", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<QuarantinedEvent> items = jdbc.prepareStatement("SELECT " + COLUMNS
                + " FROM quarantined_event ORDER BY quarantined_at DESC, id LIMIT ? OFFSET ?", statement -> {
            statement.setInt(1, size);
            statement.setLong(2, (long) page * size);
            try (ResultSet rs = statement.executeQuery()) {
                List<QuarantinedEvent> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(read(rs));
                }
                return found;
            }
        });
        return new Page<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public Optional<QuarantinedEvent> find(UUID id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM quarantined_event WHERE id = ?", statement -> {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    private static QuarantinedEvent read(ResultSet rs) throws SQLException {
        return new QuarantinedEvent(rs.getObject("id", UUID.class), rs.getString("consumer_group"), rs.getString("topic"),
                rs.getInt("partition"), rs.getLong("record_offset"), rs.getString("record_key"), rs.getString("ce_id"),
                rs.getString("event_type"), rs.getString("signer_node"), rs.getString("reason"), rs.getString("detail"),
                rs.getInt("size"), rs.getTimestamp("quarantined_at").toInstant());
    }
}
