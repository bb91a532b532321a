package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.escalation.changes.CaseStream;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cases, their alerts and level history, in the current transaction. */
@Singleton
public class CaseStore {

    /** What a write to {@code case_alert} returns: the mode of the alert's case, for {@link CaseStream#write}. */
    public static final String MODE_OF_ALERT = "(SELECT p.mode FROM protocol_case p WHERE p.incident_id = case_alert.incident_id)";

    private final JdbcOperations jdbc;
    private final LevelSteps levelSteps;
    private final CaseStream changes;

    CaseStore(JdbcOperations jdbc, LevelSteps levelSteps, CaseStream changes) {
        this.jdbc = jdbc;
        this.levelSteps = levelSteps;
        this.changes = changes;
    }

    /** Inserts the case unless one exists for the incident; true when inserted. */
    public boolean open(ProtocolCase c, String openedBy) {
        int inserted = jdbc.prepareStatement("""
                INSERT INTO protocol_case (incident_id, reference, reporter_country, title, severity, tlp, mode, exercise_id, status, level,
                    plan_version, affected_countries, named_recipients, opened_at, compression)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING mode""", s -> {
            s.setObject(1, c.incidentId());
            s.setString(2, c.reference());
            s.setString(3, c.reporterCountry());
            s.setString(4, c.title());
            s.setString(5, c.severity().name());
            s.setString(6, c.tlp().label());
            s.setString(7, c.mode().name());
            s.setObject(8, c.exerciseId());
            s.setString(9, c.status().name());
            s.setString(10, c.level().name());
            s.setInt(11, c.planVersion());
            s.setArray(12, s.getConnection().createArrayOf("text", c.affectedCountries().toArray()));
            s.setArray(13, s.getConnection().createArrayOf("text", c.namedRecipients().toArray()));
            s.setTimestamp(14, Timestamp.from(c.openedAt()));
            s.setDouble(15, c.compression());
            return changes.write(s);
        });
        if (inserted == 1) {
            recordLevel(c.incidentId(), new LevelChange(c.level().name(), "case opened", openedBy, c.openedAt()));
        }
        return inserted == 1;
    }

    public void recordLevel(UUID incidentId, LevelChange change) {
        levelSteps.save(LevelStep.of(incidentId, change));
    }

    public void addAlert(UUID incidentId, CaseAlert alert) {
        jdbc.prepareStatement("""
                INSERT INTO case_alert (alert_id, incident_id, country, kind, status, dispatched_at, ack_deadline, refers_to_alert_id, change)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING %s""".formatted(MODE_OF_ALERT), s -> {
            s.setObject(1, alert.alertId());
            s.setObject(2, incidentId);
            s.setString(3, alert.country());
            s.setString(4, alert.kind().name());
            s.setString(5, alert.status().name());
            s.setTimestamp(6, Timestamp.from(alert.dispatchedAt()));
            s.setTimestamp(7, Timestamp.from(alert.ackDeadline()));
            s.setObject(8, alert.refersToAlertId());
            s.setString(9, alert.change());
            return changes.write(s);
        });
    }


    public Optional<ProtocolCase> find(UUID incidentId) {
        return select("SELECT * FROM protocol_case WHERE incident_id = ?", incidentId);
    }

    /** The case, its row locked until commit: level changes, corrections and the ladder of one case queue up. */
    public Optional<ProtocolCase> findForUpdate(UUID incidentId) {
        return select("SELECT * FROM protocol_case WHERE incident_id = ? FOR UPDATE", incidentId);
    }

    /** The countries that got the case's alert and take part in it (corrections, recalls and withdrawn alerts aside). */
    public java.util.Set<String> alertedCountries(UUID incidentId) {
        return jdbc.prepareStatement("SELECT country FROM case_alert WHERE incident_id = ? AND kind = 'ALERT' AND withdrawn_at IS NULL", s -> {
            s.setObject(1, incidentId);
            java.util.Set<String> countries = new java.util.HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                }
            }
            return countries;
        });
    }

    /** Who takes part in the case: the countries alerted for it, and those an assistance request on it reached (DESIGN §14). */
    public java.util.Set<String> partiesOf(UUID incidentId) {
        return jdbc.prepareStatement("""
                SELECT country FROM case_alert WHERE incident_id = ? AND kind = 'ALERT' AND withdrawn_at IS NULL
                UNION SELECT unnest(asked) FROM assistance_request WHERE incident_id = ?""", s -> {
            s.setObject(1, incidentId);
            s.setObject(2, incidentId);
            java.util.Set<String> countries = new java.util.HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                }
            }
            return countries;
        });
    }

    public void setLevel(UUID incidentId, CrisisLevel level, String ipcrMode) {
        jdbc.prepareStatement("UPDATE protocol_case SET level = ?, ipcr_mode = ? WHERE incident_id = ? RETURNING mode", s -> {
            s.setString(1, level.name());
            s.setString(2, ipcrMode);
            s.setObject(3, incidentId);
            return changes.write(s);
        });
    }

    /** What a correction changes on the case itself: severity, title, the affected countries. */
    public void correct(UUID incidentId, Severity severity, String title, List<String> affectedCountries) {
        jdbc.prepareStatement("UPDATE protocol_case SET severity = ?, title = ?, affected_countries = ? WHERE incident_id = ? RETURNING mode", s -> {
            s.setString(1, severity.name());
            s.setString(2, title);
            s.setArray(3, s.getConnection().createArrayOf("text", affectedCountries.toArray()));
            s.setObject(4, incidentId);
            return changes.write(s);
        });
    }

    public void close(UUID incidentId, Instant at, String by, String reason) {
        jdbc.prepareStatement("UPDATE protocol_case SET status = 'CLOSED', closed_at = ?, closed_by = ?, close_reason = ? WHERE incident_id = ? RETURNING mode", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, by);
            s.setString(3, reason);
            s.setObject(4, incidentId);
            return changes.write(s);
        });
    }

    private Optional<ProtocolCase> select(String sql, UUID incidentId) {
        return jdbc.prepareStatement(sql, s -> {
            s.setObject(1, incidentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(readCase(rs)) : Optional.empty();
            }
        });
    }

    public List<CaseAlert> alerts(UUID incidentId) {
        return alertsWhere("incident_id = ? ORDER BY country, dispatched_at", incidentId);
    }

    /** The alerts with these ids, by id. */
    public Map<UUID, CaseAlert> alertsById(Collection<UUID> alertIds) {
        return jdbc.prepareStatement("SELECT * FROM case_alert WHERE alert_id = ANY (?)", s -> {
            s.setArray(1, s.getConnection().createArrayOf("uuid", alertIds.toArray()));
            Map<UUID, CaseAlert> alerts = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CaseAlert alert = readAlert(rs);
                    alerts.put(alert.alertId(), alert);
                }
            }
            return alerts;
        });
    }

    /** These cases, their rows locked until commit in incident id order (one order for every locker: no deadlock). */
    public Map<UUID, ProtocolCase> lockAll(Collection<UUID> incidentIds) {
        return jdbc.prepareStatement("SELECT * FROM protocol_case WHERE incident_id = ANY (?) ORDER BY incident_id FOR UPDATE", s -> {
            s.setArray(1, s.getConnection().createArrayOf("uuid", incidentIds.toArray()));
            Map<UUID, ProtocolCase> cases = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ProtocolCase c = readCase(rs);
                    cases.put(c.incidentId(), c);
                }
            }
            return cases;
        });
    }

    /** An alert gone overdue: sent to the backup channel, due again at {@code backupDeadline}. */
    public record Overdue(UUID alertId, Instant backupDeadline) {
    }

    public void markAllOverdue(List<Overdue> overdue, Instant at) {
        if (overdue.isEmpty()) {
            return;
        }
        // Instants in an array as ISO text with their offset: a Timestamp in an array is written in the JVM's local time.
        jdbc.prepareStatement("""
                UPDATE case_alert SET status = 'OVERDUE', overdue_at = ?, backup_deadline = o.backup_deadline
                FROM unnest(?::uuid[], ?::text[]::timestamptz[]) AS o (alert_id, backup_deadline)
                WHERE case_alert.alert_id = o.alert_id AND case_alert.acknowledged_at IS NULL RETURNING %s""".formatted(MODE_OF_ALERT), s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setArray(2, s.getConnection().createArrayOf("uuid", overdue.stream().map(Overdue::alertId).toArray()));
            s.setArray(3, s.getConnection().createArrayOf("text", overdue.stream().map(o -> o.backupDeadline().toString()).toArray()));
            return changes.write(s);
        });
    }

    public void markAllEscalated(List<UUID> alertIds, Instant at) {
        if (alertIds.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                UPDATE case_alert SET status = 'ESCALATED', escalated_at = ?
                WHERE alert_id = ANY (?) AND acknowledged_at IS NULL RETURNING %s""".formatted(MODE_OF_ALERT), s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setArray(2, s.getConnection().createArrayOf("uuid", alertIds.toArray()));
            return changes.write(s);
        });
    }

    /** Per case, its alerts past a deadline and not acknowledged. */
    public Map<UUID, Long> overdueAlertsOf(Collection<UUID> incidentIds) {
        return jdbc.prepareStatement("""
                SELECT incident_id, count(*) FROM case_alert
                WHERE incident_id = ANY (?) AND kind = 'ALERT' AND withdrawn_at IS NULL AND status IN ('OVERDUE', 'ESCALATED') GROUP BY incident_id""", s -> {
            s.setArray(1, s.getConnection().createArrayOf("uuid", incidentIds.toArray()));
            Map<UUID, Long> counts = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    private List<CaseAlert> alertsWhere(String where, UUID id) {
        return jdbc.prepareStatement("SELECT * FROM case_alert WHERE " + where, s -> {
            s.setObject(1, id);
            List<CaseAlert> alerts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    alerts.add(readAlert(rs));
                }
            }
            return alerts;
        });
    }

    public List<LevelChange> levelHistory(UUID incidentId) {
        return levelSteps.findByIncidentIdOrderById(incidentId).stream().map(LevelStep::change).toList();
    }

    private static CaseAlert readAlert(ResultSet rs) throws SQLException {
        return new CaseAlert(rs.getObject("alert_id", UUID.class), rs.getString("country"), CaseAlert.Kind.valueOf(rs.getString("kind")),
                CaseAlert.Status.valueOf(rs.getString("status")), instant(rs, "dispatched_at"), instant(rs, "delivered_at"),
                instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"), instant(rs, "ack_deadline"),
                instant(rs, "overdue_at"), instant(rs, "backup_deadline"), instant(rs, "escalated_at"),
                rs.getObject("refers_to_alert_id", UUID.class), rs.getString("change"), instant(rs, "withdrawn_at"));
    }

    static ProtocolCase readCase(ResultSet rs) throws SQLException {
        return new ProtocolCase(rs.getObject("incident_id", UUID.class), rs.getString("reference"), rs.getString("reporter_country"),
                rs.getString("title"), Severity.valueOf(rs.getString("severity")), Tlp.fromLabel(rs.getString("tlp")).orElseThrow(),
                Mode.valueOf(rs.getString("mode")), rs.getObject("exercise_id", UUID.class), CaseStatus.valueOf(rs.getString("status")),
                CrisisLevel.valueOf(rs.getString("level")), rs.getInt("plan_version"),
                Arrays.asList((String[]) rs.getArray("affected_countries").getArray()),
                Arrays.asList((String[]) rs.getArray("named_recipients").getArray()),
                instant(rs, "opened_at"), instant(rs, "closed_at"), rs.getString("ipcr_mode"), rs.getDouble("compression"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
