package eu.cyberplan.contactpoints.checklist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The checklist tables and what is known of the incidents they are for, in the current transaction. */
@Singleton
public class ChecklistStore {

    private final JdbcOperations jdbc;

    public ChecklistStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An incident's classification, as incident.reported told it. */
    public record Incident(UUID incidentId, String reporter, @Nullable String rsitClass, @Nullable String rsitType, Instant awareAt,
                           @Nullable String tlp, String mode, @Nullable UUID exerciseId, int compression) {
    }

    /** A checklist row with its steps in playbook order. */
    public record Stored(UUID id, UUID incidentId, String country, int planVersion, String rsitClass, String rsitType, String mode,
                         UUID exerciseId, String tlp, Instant startedAt, List<StoredStep> steps) {
    }

    public record StoredStep(String id, String phase, String title, String ownerRole, Instant dueAt, boolean reportToEu, String doneBy,
                             Instant doneAt, String note) {
    }

    public boolean insertIncident(Incident i) {
        return jdbc.prepareStatement("""
                INSERT INTO checklist_incident (incident_id, reporter, rsit_class, rsit_type, aware_at, tlp, mode, exercise_id, compression)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", s -> {
            s.setObject(1, i.incidentId());
            s.setString(2, i.reporter());
            s.setString(3, i.rsitClass());
            s.setString(4, i.rsitType());
            s.setTimestamp(5, Timestamp.from(i.awareAt()));
            s.setString(6, i.tlp());
            s.setString(7, i.mode());
            s.setObject(8, i.exerciseId());
            s.setInt(9, i.compression());
            return s.executeUpdate() == 1;
        });
    }

    public Optional<Incident> incident(UUID incidentId) {
        return jdbc.prepareStatement("SELECT * FROM checklist_incident WHERE incident_id = ?", s -> {
            s.setObject(1, incidentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Incident(incidentId, rs.getString("reporter"), rs.getString("rsit_class"), rs.getString("rsit_type"),
                        rs.getTimestamp("aware_at").toInstant(), rs.getString("tlp"), rs.getString("mode"), rs.getObject("exercise_id", UUID.class),
                        rs.getInt("compression"))) : Optional.empty();
            }
        });
    }

    public void addPendingAlert(UUID incidentId, String country, Instant dispatchedAt) {
        jdbc.prepareStatement("INSERT INTO checklist_pending_alert (incident_id, country, dispatched_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", s -> {
            s.setObject(1, incidentId);
            s.setString(2, country);
            s.setTimestamp(3, Timestamp.from(dispatchedAt));
            return s.executeUpdate();
        });
    }

    /** The alerts that waited for this incident, as country → dispatched at; they wait no longer. */
    public Map<String, Instant> takePendingAlerts(UUID incidentId) {
        return jdbc.prepareStatement("DELETE FROM checklist_pending_alert WHERE incident_id = ? RETURNING country, dispatched_at", s -> {
            s.setObject(1, incidentId);
            Map<String, Instant> pending = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pending.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
            return pending;
        });
    }

    /** Inserts the checklist and its steps unless the country has one on the incident already; true when inserted. */
    public boolean insert(Stored c, Instant now) {
        boolean inserted = jdbc.prepareStatement("""
                INSERT INTO checklist (id, incident_id, country, plan_version, rsit_class, rsit_type, mode, exercise_id, tlp, started_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, country) DO NOTHING""", s -> {
            s.setObject(1, c.id());
            s.setObject(2, c.incidentId());
            s.setString(3, c.country());
            s.setInt(4, c.planVersion());
            s.setString(5, c.rsitClass());
            s.setString(6, c.rsitType());
            s.setString(7, c.mode());
            s.setObject(8, c.exerciseId());
            s.setString(9, c.tlp());
            s.setTimestamp(10, Timestamp.from(c.startedAt()));
            s.setTimestamp(11, Timestamp.from(now));
            return s.executeUpdate() == 1;
        });
        if (!inserted) {
            return false;
        }
        insertSteps(c.id(), c.steps(), 0);
        return true;
    }

    /** Re-files an incident under another RSIT class or type: checklists attached from now on follow it. */
    public void reclassifyIncident(UUID incidentId, String rsitClass, @Nullable String rsitType) {
        jdbc.prepareStatement("UPDATE checklist_incident SET rsit_class = ?, rsit_type = ? WHERE incident_id = ?", s -> {
            s.setString(1, rsitClass);
            s.setString(2, rsitType);
            s.setObject(3, incidentId);
            return s.executeUpdate();
        });
    }

    /** The incident's checklists still open on this node (a withdrawn country's is closed), with their steps. */
    public List<Stored> openForIncident(UUID incidentId) {
        return list("SELECT * FROM checklist WHERE incident_id = ? AND closed_at IS NULL ORDER BY country", s -> s.setObject(1, incidentId));
    }

    /**
     * Moves a checklist to another playbook of the plan in force. What was done stays, as history: each done step keeps
     * its phase, who and when, its id suffixed with the playbook it came from and its place ({@code containment-1@malicious-code/infected-system#0}),
     * so the new playbook's step of the same id starts undone. Steps not done give way to the new playbook's.
     */
    public void replacePlaybook(UUID checklistId, int planVersion, String rsitClass, @Nullable String rsitType, String formerPlaybook,
                                List<StoredStep> steps) {
        jdbc.prepareStatement("UPDATE checklist SET plan_version = ?, rsit_class = ?, rsit_type = ? WHERE id = ?", s -> {
            s.setInt(1, planVersion);
            s.setString(2, rsitClass);
            s.setString(3, rsitType);
            s.setObject(4, checklistId);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM checklist_step WHERE checklist_id = ? AND done_at IS NULL", s -> {
            s.setObject(1, checklistId);
            return s.executeUpdate();
        });
        // The position makes the history id unique even if the incident comes back to a playbook it left.
        jdbc.prepareStatement("""
                UPDATE checklist_step SET step_id = step_id || '@' || ? || '#' || position
                WHERE checklist_id = ? AND done_at IS NOT NULL AND step_id NOT LIKE '%@%'""", s -> {
            s.setString(1, formerPlaybook);
            s.setObject(2, checklistId);
            return s.executeUpdate();
        });
        int kept = jdbc.prepareStatement("SELECT coalesce(max(position) + 1, 0) FROM checklist_step WHERE checklist_id = ?", s -> {
            s.setObject(1, checklistId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        insertSteps(checklistId, steps, kept);
    }

    private void insertSteps(UUID checklistId, List<StoredStep> steps, int firstPosition) {
        jdbc.prepareStatement("""
                INSERT INTO checklist_step (checklist_id, step_id, position, phase, title, owner_role, due_at, report_to_eu)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            for (int i = 0; i < steps.size(); i++) {
                StoredStep step = steps.get(i);
                s.setObject(1, checklistId);
                s.setString(2, step.id());
                s.setInt(3, firstPosition + i);
                s.setString(4, step.phase());
                s.setString(5, step.title());
                s.setString(6, step.ownerRole());
                s.setTimestamp(7, Timestamp.from(step.dueAt()));
                s.setBoolean(8, step.reportToEu());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** Marks the step done unless it was; true when marked now. */
    public boolean tick(UUID checklistId, String stepId, String by, Instant at, String note) {
        return jdbc.prepareStatement("""
                UPDATE checklist_step SET done_by = ?, done_at = ?, note = ? WHERE checklist_id = ? AND step_id = ? AND done_at IS NULL""", s -> {
            s.setString(1, by);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, note);
            s.setObject(4, checklistId);
            s.setString(5, stepId);
            return s.executeUpdate() == 1;
        });
    }

    /** The checklist, its row locked until the transaction ends when {@code lock}. */
    public Optional<Stored> find(UUID id, boolean lock) {
        return list("SELECT * FROM checklist WHERE id = ?" + (lock ? " FOR UPDATE" : ""), s -> s.setObject(1, id)).stream().findFirst();
    }

    /** Checklists of a mode, newest first: of one incident and/or one country when given. */
    public List<Stored> list(String mode, @Nullable UUID incidentId, @Nullable String country, int limit, int offset) {
        return list("SELECT * " + FILTER + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", s -> {
            bind(s, mode, incidentId, country);
            s.setInt(6, limit);
            s.setInt(7, offset);
        });
    }

    public long count(String mode, @Nullable UUID incidentId, @Nullable String country) {
        return jdbc.prepareStatement("SELECT count(*) " + FILTER, s -> {
            bind(s, mode, incidentId, country);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static final String FILTER = """
            FROM checklist WHERE mode = ? AND (?::uuid IS NULL OR incident_id = ?) AND (?::text IS NULL OR country = ?)""";

    private static void bind(PreparedStatement s, String mode, UUID incidentId, String country) throws SQLException {
        s.setString(1, mode);
        s.setObject(2, incidentId);
        s.setObject(3, incidentId);
        s.setString(4, country);
        s.setString(5, country);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Stored> list(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, s -> {
            binder.bind(s);
            Map<UUID, Stored> rows = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    rows.put(id, new Stored(id, rs.getObject("incident_id", UUID.class), rs.getString("country"), rs.getInt("plan_version"),
                            rs.getString("rsit_class"), rs.getString("rsit_type"), rs.getString("mode"), rs.getObject("exercise_id", UUID.class),
                            rs.getString("tlp"), rs.getTimestamp("started_at").toInstant(), List.of()));
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<StoredStep>> steps = new LinkedHashMap<>();
            try (PreparedStatement q = s.getConnection().prepareStatement(
                    "SELECT * FROM checklist_step WHERE checklist_id = ANY (?) ORDER BY checklist_id, position")) {
                q.setArray(1, q.getConnection().createArrayOf("uuid", rows.keySet().toArray()));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        Timestamp doneAt = rs.getTimestamp("done_at");
                        steps.computeIfAbsent(rs.getObject("checklist_id", UUID.class), k -> new ArrayList<>()).add(new StoredStep(
                                rs.getString("step_id"), rs.getString("phase"), rs.getString("title"), rs.getString("owner_role"),
                                rs.getTimestamp("due_at").toInstant(), rs.getBoolean("report_to_eu"), rs.getString("done_by"),
                                doneAt == null ? null : doneAt.toInstant(), rs.getString("note")));
                    }
                }
            }
            return rows.values().stream().map(c -> new Stored(c.id(), c.incidentId(), c.country(), c.planVersion(), c.rsitClass(), c.rsitType(),
                    c.mode(), c.exerciseId(), c.tlp(), c.startedAt(), steps.getOrDefault(c.id(), List.of()))).toList();
        });
    }
}
