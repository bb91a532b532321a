package eu.cyberplan.platform.outbox;

import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.audit.EventAudit;
import eu.cyberplan.platform.events.TopicNames;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox: an event is written in the same transaction as the state change it reports,
 * so it is published if and only if that change commits. The {@link OutboxRelay} publishes it.
 */
@Singleton
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, topic, record_key, event_type, source, subject, mode, exercise_id, tlp, payload, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ObjectMapper json;
    private final TopicNames topics;
    private final OutboxSignal signal;
    private final Clock clock;
    private final String service;
    private final AuditTrail audit;

    public Outbox(JdbcOperations jdbc, TransactionOperations<Connection> transactions, ObjectMapper json, TopicNames topics,
                  OutboxSignal signal, Clock clock, @Value("${cyberplan.service}") String service, AuditTrail audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.topics = topics;
        this.signal = signal;
        this.clock = clock;
        this.service = service;
        this.audit = audit;
    }

    /** Adds the event to the current transaction; there must be one. Returns the event id ({@code ce_id}). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public UUID add(OutboxEvent event) {
        return addAll(List.of(event)).get(0);
    }

    /** Adds the events, in this order, to the current transaction in one batch; returns their ids in the same order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<UUID> addAll(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(events.size());
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement(INSERT, statement -> {
            for (OutboxEvent event : events) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                statement.setObject(1, id);
                statement.setString(2, topics.of(event.topic(), event.mode()));
                statement.setString(3, event.key());
                statement.setString(4, event.type());
                statement.setString(5, "/cyberplan/" + service + "/" + (event.country() == null ? "EU" : event.country()).toLowerCase(java.util.Locale.ROOT));
                statement.setString(6, event.subject());
                statement.setString(7, event.mode().name());
                statement.setObject(8, event.exerciseId());
                statement.setString(9, event.tlp() == null ? null : event.tlp().label());
                statement.setString(10, serialise(event.payload()));
                statement.setTimestamp(11, now);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        // Every state change publishes its event here, in its transaction: its audit entry goes with it (DESIGN §13).
        audit.recordAll(EventAudit.of(events, ids));
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.nudge();
            }
        }));
        return ids;
    }

    private String serialise(Object payload) {
        try {
            return new String(json.writeValueAsBytes(payload), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("event payload " + payload.getClass().getSimpleName() + " cannot be serialised", e);
        }
    }
}
