package eu.cyberplan.escalation.timer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deadline_timer table, in the caller's transaction: timers are rows, never state in memory. A claim locks due
 * rows with FOR UPDATE SKIP LOCKED, so two instances polling at once never take the same timer; real timers first.
 */
@Singleton
public class DeadlineTimers {

    /**
     * A timer set while its exercise is paused is held from the moment it was set (the transaction's time, DESIGN §14):
     * the resumption moves it by what was left of the pause. A real timer is never held.
     */
    private static final String INSERT = """
            INSERT INTO deadline_timer (alert_id, incident_id, kind, due_at, exercise, held_at)
            VALUES (?, ?, ?, ?, ?, CASE WHEN ? AND EXISTS (SELECT 1 FROM exercise_clock k JOIN protocol_case c ON c.exercise_id = k.exercise_id
                                                       WHERE c.incident_id = ? AND k.paused_at IS NOT NULL AND k.ended_at IS NULL)
                                        THEN now() END)
            ON CONFLICT (alert_id, kind) DO NOTHING""";

    private final JdbcOperations jdbc;

    public DeadlineTimers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One pending deadline. */
    public record Timer(long id, UUID alertId, UUID incidentId, String kind, Instant dueAt) {
    }

    /** A timer to set. */
    public record Due(UUID alertId, UUID incidentId, String kind, Instant dueAt, boolean exercise) {
    }

    /** Sets timers in one batch; a second one of the same kind for the same alert changes nothing. */
    public void scheduleAll(List<Due> timers) {
        if (timers.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT, s -> {
            for (Due due : timers) {
                bind(s, due.alertId(), due.incidentId(), due.kind(), due.dueAt(), due.exercise());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** Sets a timer; a second one of the same kind for the same alert changes nothing. */
    public void schedule(UUID alertId, UUID incidentId, String kind, Instant dueAt, boolean exercise) {
        jdbc.prepareStatement(INSERT, s -> {
            bind(s, alertId, incidentId, kind, dueAt, exercise);
            return s.executeUpdate();
        });
    }

    /** Claims up to {@code limit} due timers, real before exercise ones, earliest first; the locks hold until commit. */
    public List<Timer> claimDue(Instant now, int limit) {
        List<Timer> due = claim(false, now, limit);
        if (due.size() < limit) {
            due.addAll(claim(true, now, limit - due.size()));
        }
        return due;
    }

    public void markFired(List<Timer> timers, Instant at) {
        jdbc.prepareStatement("UPDATE deadline_timer SET fired_at = ? WHERE id = ?", s -> {
            for (Timer timer : timers) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setLong(2, timer.id());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** The acknowledgement stops the ladder: every pending timer of the alert is cancelled. */
    public void cancelFor(UUID alertId, Instant at) {
        update("UPDATE deadline_timer SET cancelled_at = ? WHERE alert_id = ? AND fired_at IS NULL AND cancelled_at IS NULL", alertId, at);
    }

    /** A closed case owes nobody a deadline. */
    public void cancelAllOf(UUID incidentId, Instant at) {
        update("UPDATE deadline_timer SET cancelled_at = ? WHERE incident_id = ? AND fired_at IS NULL AND cancelled_at IS NULL", incidentId, at);
    }

    private void update(String sql, UUID id, Instant at) {
        jdbc.prepareStatement(sql, s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, id);
            return s.executeUpdate();
        });
    }

    private static void bind(java.sql.PreparedStatement s, UUID alertId, UUID incidentId, String kind, Instant dueAt, boolean exercise)
            throws java.sql.SQLException {
        s.setObject(1, alertId);
        s.setObject(2, incidentId);
        s.setString(3, kind);
        s.setTimestamp(4, Timestamp.from(dueAt));
        s.setBoolean(5, exercise);
        s.setBoolean(6, exercise);
        s.setObject(7, incidentId);
    }

    private List<Timer> claim(boolean exercise, Instant now, int limit) {
        return jdbc.prepareStatement("""
                SELECT id, alert_id, incident_id, kind, due_at FROM deadline_timer
                WHERE exercise = ? AND due_at <= ? AND fired_at IS NULL AND cancelled_at IS NULL AND held_at IS NULL
                ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED""", s -> {
            s.setBoolean(1, exercise);
            s.setTimestamp(2, Timestamp.from(now));
            s.setInt(3, limit);
            List<Timer> timers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    timers.add(new Timer(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
            return timers;
        });
    }
}
