package eu.cyberplan.platform.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The service's audit trail (DESIGN §13). A change records its entries in its own transaction, so an entry exists
 * if and only if the change committed; the {@link AuditSealer} chains them shortly after, so writers never wait on
 * the chain. {@code cyberplan.audit.enabled=false} ({@code CYBERPLAN_AUDIT_ENABLED}) records nothing: it exists only
 * to measure what auditing costs, never for a real deployment.
 */
@Singleton
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_entry (at, actor, actor_country, action, target_type, target_id, country, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ObjectMapper json;
    private final Clock clock;
    private final boolean enabled;

    public AuditTrail(JdbcOperations jdbc, TransactionOperations<Connection> transactions, ObjectMapper json, Clock clock,
                      @Value("${cyberplan.audit.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** Records the entry in the current transaction; there must be one (the change's). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(AuditRecord entry) {
        recordAll(List.of(entry));
    }

    /** Records the entries, in this order, in the current transaction in one batch. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordAll(List<AuditRecord> entries) {
        if (!enabled || entries.isEmpty()) {
            return;
        }
        AuditActor caller = AuditActor.current();
        // PostgreSQL keeps microseconds: the hash is computed over what is stored, so store exactly what was meant.
        Timestamp at = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.prepareStatement(INSERT, statement -> {
            for (AuditRecord entry : entries) {
                statement.setTimestamp(1, at);
                statement.setString(2, entry.actor() == null ? caller.name() : entry.actor());
                statement.setString(3, entry.actor() == null ? caller.country() : entry.actorCountry());
                statement.setString(4, entry.action());
                statement.setString(5, entry.targetType());
                statement.setString(6, entry.targetId());
                statement.setString(7, entry.country());
                statement.setString(8, serialise(entry));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /**
     * Records an entry in a transaction of its own, for what changes nothing else: a read of RED content (its
     * transaction is read-only), a login or a failed one. Runs after the read succeeded, so a refused read is not
     * recorded as one.
     */
    public void recordAlone(AuditRecord entry) {
        if (!enabled) {
            return;
        }
        transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
            recordAll(List.of(entry));
            return null;
        });
    }

    private String serialise(AuditRecord entry) {
        try {
            return new String(json.writeValueAsBytes(entry.detail()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("audit detail of " + entry.action() + " cannot be serialised", e);
        }
    }
}
