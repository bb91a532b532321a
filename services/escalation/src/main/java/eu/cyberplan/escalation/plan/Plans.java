package eu.cyberplan.escalation.plan;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of the European plan in the protocol_plan table: the one in force is the latest; version 1 is written
 * from the configured deadlines the first time it is asked for. A new version never changes a running case's version.
 */
@Singleton
public class Plans {

    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<Severity, Duration> configured;
    private final Map<Integer, ProtocolPlan> versions = new java.util.concurrent.ConcurrentHashMap<>();
    private final AuditTrail audit;

    public Plans(JdbcOperations jdbc, ObjectMapper json, Clock clock,
                 SlaSettings sla, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.configured = sla.bySeverity();
    }

    /** The plan in force, in the caller's transaction. */
    @Transactional
    public ProtocolPlan current() {
        return latest().orElseGet(() -> {
            ProtocolPlan first = ProtocolPlan.first(configured, clock.instant());
            insertIfNone(first);
            return latest().orElseThrow();
        });
    }

    /** A version of the plan; versions never change once written, so each is read once. */
    public Optional<ProtocolPlan> version(int version) {
        ProtocolPlan known = versions.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ProtocolPlan> read = select("SELECT plan FROM protocol_plan WHERE version = ?", version);
        read.ifPresent(plan -> versions.put(version, plan));
        return read;
    }

    @Transactional
    public ProtocolPlan change(Caller caller, PlanChange change) {
        jdbc.prepareStatement("LOCK TABLE protocol_plan IN SHARE ROW EXCLUSIVE MODE", s -> s.execute());
        ProtocolPlan now = current();
        PlanChange merged = new PlanChange(change.reason(), or(change.caseOpening(), now.caseOpening()),
                or(change.acknowledgementSla(), now.acknowledgementSla()), or(change.backupSla(), now.backupSla()),
                or(change.notifyCoordinatorWhenBackupMisses(), now.notifyCoordinatorWhenBackupMisses()),
                change.raiseOnOverdue() != null ? change.raiseOnOverdue() : now.raiseOnOverdue());
        List<FieldError> errors = PlanRules.check(merged);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ProtocolPlan next = new ProtocolPlan(now.version() + 1, caller.username(), clock.instant(), change.reason(), ProtocolPlan.LEVELS,
                merged.caseOpening(), ProtocolPlan.ROUTING, merged.acknowledgementSla(), merged.backupSla(),
                merged.notifyCoordinatorWhenBackupMisses(), merged.raiseOnOverdue());
        insertIfNone(next);
        audit.record(AuditRecord.of("protocol-plan.changed", "protocol-plan", next.version(), "EU").with("reason", change.reason()));
        return next;
    }

    private Optional<ProtocolPlan> latest() {
        return select("SELECT plan FROM protocol_plan ORDER BY version DESC LIMIT 1", null);
    }

    private Optional<ProtocolPlan> select(String sql, Integer version) {
        return jdbc.prepareStatement(sql, s -> {
            if (version != null) {
                s.setInt(1, version);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
            }
        });
    }

    private void insertIfNone(ProtocolPlan plan) {
        jdbc.prepareStatement("INSERT INTO protocol_plan (version, plan, changed_by, changed_at) VALUES (?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING", s -> {
            s.setInt(1, plan.version());
            s.setString(2, write(plan));
            s.setString(3, plan.changedBy());
            s.setTimestamp(4, Timestamp.from(plan.changedAt() == null ? Instant.EPOCH : plan.changedAt()));
            return s.executeUpdate();
        });
    }

    private ProtocolPlan read(String text) {
        try {
            return json.readValue(text, ProtocolPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(ProtocolPlan plan) {
        try {
            return json.writeValueAsString(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
