package eu.cyberplan.platform.outbox;

import eu.cyberplan.platform.signing.EventStamp;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One pass of the relay over a batch of unsent rows, in outbox order. A row the broker refuses for good is parked and
 * the pass goes on, skipping the later rows of its record key (they wait with it); a transient failure ends the pass,
 * so the rest is retried in order. What Kafka acknowledged is marked sent whatever happens.
 */
final class RelayPass {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    static final String PARKED_COUNTER = "cyberplan.outbox.parked";

    private final Connection connection;
    private final Producer<String, byte[]> producer;
    private final TopicProbe topics;
    private final EventStamp stamp;
    private final MeterRegistry meters;
    private final Instant now;
    private final Set<String> heldKeys = new HashSet<>();
    private final Map<String, String> missingTopics = new HashMap<>();

    RelayPass(Connection connection, Producer<String, byte[]> producer, TopicProbe topics, EventStamp stamp, MeterRegistry meters,
              Instant now) {
        this.connection = connection;
        this.producer = producer;
        this.topics = topics;
        this.stamp = stamp;
        this.meters = meters;
        this.now = now;
    }

    /** Relays the rows; returns how many were sent. Throws the transient failure that ended the pass early, if any. */
    int relay(List<OutboxRow> rows) throws SQLException, InterruptedException, ExecutionException {
        List<OutboxRow> inFlight = new ArrayList<>(rows.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        RuntimeException failure = null;
        for (OutboxRow row : rows) {
            if (heldKeys.contains(row.key())) {
                continue;
            }
            if (missingTopics.containsKey(row.topic())) {
                park(row, missingTopics.get(row.topic()));
                continue;
            }
            Future<RecordMetadata> ack = send(row);
            Throwable refused = refusalOf(ack);
            if (refused != null && !parkedFor(row, refused)) {
                // A send that cannot even start (broker gone) ends the pass at once: each would block for
                // max.block.ms, and the rows after it must wait for it anyway.
                failure = refused instanceof RuntimeException e ? e : new KafkaException(refused);
                break;
            }
            if (refused == null) {
                inFlight.add(row);
                acks.add(ack);
            }
        }
        List<Long> sent = new ArrayList<>(acks.size());
        ExecutionException ackFailure = null;
        try {
            for (int i = 0; i < acks.size() && ackFailure == null; i++) {
                try {
                    acks.get(i).get();
                    sent.add(inFlight.get(i).seq());
                } catch (ExecutionException e) {
                    if (parkedFor(inFlight.get(i), e.getCause())) {
                        // Only the broker saw the refusal, so later rows of this key may already be in flight.
                        LOG.warn("Outbox event {} was refused by the broker after later events of key {} had left", inFlight.get(i).id(), inFlight.get(i).key());
                    } else {
                        ackFailure = e;
                    }
                }
            }
        } finally {
            OutboxStore.markSent(connection, sent, now);
        }
        if (ackFailure != null) {
            throw ackFailure;
        }
        if (failure != null) {
            throw failure;
        }
        return sent.size();
    }

    private Future<RecordMetadata> send(OutboxRow row) {
        ProducerRecord<String, byte[]> record;
        try {
            record = stamp.stamp(CloudEventRecords.toRecord(row));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new SerializationException("not mappable to a CloudEvent record: " + e.getMessage(), e));
        }
        try {
            return producer.send(record);
        } catch (KafkaException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The failure of a send that failed before it left (too large, not serialisable, no metadata), else null. */
    private static Throwable refusalOf(Future<RecordMetadata> ack) throws InterruptedException {
        if (!ack.isDone()) {
            return null;
        }
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** Parks the row when its failure is permanent; false when it is to be retried. */
    private boolean parkedFor(OutboxRow row, Throwable failure) throws SQLException, InterruptedException {
        PublishFailures.Verdict verdict = PublishFailures.verdict(failure);
        if (verdict == PublishFailures.Verdict.ASK_BROKER && topics.confirmedMissing(row.topic())) {
            String reason = "UnknownTopic: topic " + row.topic() + " does not exist on the broker";
            missingTopics.put(row.topic(), reason);
            park(row, reason);
            return true;
        }
        if (verdict == PublishFailures.Verdict.PARK) {
            park(row, PublishFailures.reason(failure));
            return true;
        }
        return false;
    }

    private void park(OutboxRow row, String reason) throws SQLException {
        OutboxStore.park(connection, row.seq(), reason, now);
        heldKeys.add(row.key());
        meters.counter(PARKED_COUNTER, "topic", row.topic()).increment();
        LOG.error("Outbox event {} ({} to {}, key {}) PARKED: {}. Later events of this key wait for an operator "
                + "(GET /api/v1/parked-events, then retry or discard)", row.id(), row.type(), row.topic(), row.key(), reason);
    }
}
