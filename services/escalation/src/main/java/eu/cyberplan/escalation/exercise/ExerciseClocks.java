package eu.cyberplan.escalation.exercise;

import eu.cyberplan.escalation.changes.CaseStream;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The exercise_clock table and the deadlines it holds, in the caller's transaction: whether an exercise is paused or
 * has ended, the timers of its open cases held and released, and its cases' deadlines moved by a pause.
 */
@Singleton
public class ExerciseClocks {

    private static final String CASES_OF = "SELECT incident_id FROM protocol_case WHERE exercise_id = ? AND status = 'OPEN'";

    private final JdbcOperations jdbc;
    private final CaseStream changes;

    public ExerciseClocks(JdbcOperations jdbc, CaseStream changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Records the pause; false when the exercise was paused already or has ended (a redelivery, a late pause). */
    public boolean pause(UUID exerciseId, Instant pausedAt) {
        return jdbc.prepareStatement("""
                INSERT INTO exercise_clock (exercise_id, paused_at) VALUES (?, ?)
                ON CONFLICT (exercise_id) DO UPDATE SET paused_at = excluded.paused_at
                WHERE exercise_clock.paused_at IS NULL AND exercise_clock.ended_at IS NULL""", s -> {
            s.setObject(1, exerciseId);
            s.setTimestamp(2, Timestamp.from(pausedAt));
            return s.executeUpdate() == 1;
        });
    }

    /** Holds the timers of the exercise's open cases that are still ahead at the pause ({@link ExercisePause#holds}). */
    public int hold(UUID exerciseId, Instant pausedAt) {
        return jdbc.prepareStatement("""
                UPDATE deadline_timer SET held_at = ? WHERE fired_at IS NULL AND cancelled_at IS NULL AND held_at IS NULL AND due_at > ?
                  AND incident_id IN (%s)""".formatted(CASES_OF), s -> {
            s.setTimestamp(1, Timestamp.from(pausedAt));
            s.setTimestamp(2, Timestamp.from(pausedAt));
            s.setObject(3, exerciseId);
            return s.executeUpdate();
        });
    }

    /** Ends the pause; the moment it began, or empty when the exercise was not paused (a redelivery). */
    public Optional<Instant> resume(UUID exerciseId) {
        return jdbc.prepareStatement("""
                UPDATE exercise_clock k SET paused_at = NULL FROM exercise_clock before
                WHERE k.exercise_id = ? AND before.exercise_id = k.exercise_id AND k.paused_at IS NOT NULL
                RETURNING before.paused_at""", s -> {
            s.setObject(1, exerciseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        });
    }

    /**
     * Moves every held deadline of the exercise's open cases by the time it was held ({@link ExercisePause#shift}): the
     * alerts' acknowledgement and backup deadlines as the case shows them, then the timers, released. Answers how many.
     */
    public int release(UUID exerciseId, Instant resumedAt) {
        Timestamp resumed = Timestamp.from(resumedAt);
        for (String[] deadline : List.of(new String[]{"ack_deadline", "ACKNOWLEDGEMENT"}, new String[]{"backup_deadline", "BACKUP"})) {
            jdbc.prepareStatement("""
                    UPDATE case_alert a SET %1$s = a.%1$s + greatest(?::timestamptz - t.held_at, interval '0')
                    FROM deadline_timer t WHERE t.alert_id = a.alert_id AND t.kind = ? AND t.held_at IS NOT NULL
                      AND t.incident_id IN (%2$s) RETURNING 'EXERCISE'""".formatted(deadline[0], CASES_OF), s -> {
                s.setTimestamp(1, resumed);
                s.setString(2, deadline[1]);
                s.setObject(3, exerciseId);
                return changes.write(s);
            });
        }
        return jdbc.prepareStatement("""
                UPDATE deadline_timer SET due_at = due_at + greatest(?::timestamptz - held_at, interval '0'), held_at = NULL
                WHERE held_at IS NOT NULL AND incident_id IN (%s)""".formatted(CASES_OF), s -> {
            s.setTimestamp(1, resumed);
            s.setObject(2, exerciseId);
            return s.executeUpdate();
        });
    }

    /** Records ENDEX (once) and answers the exercise's cases still open, to be closed. */
    public List<UUID> end(UUID exerciseId, Instant endedAt) {
        jdbc.prepareStatement("""
                INSERT INTO exercise_clock (exercise_id, ended_at) VALUES (?, ?)
                ON CONFLICT (exercise_id) DO UPDATE SET ended_at = excluded.ended_at, paused_at = NULL WHERE exercise_clock.ended_at IS NULL""", s -> {
            s.setObject(1, exerciseId);
            s.setTimestamp(2, Timestamp.from(endedAt));
            return s.executeUpdate();
        });
        return jdbc.prepareStatement(CASES_OF + " ORDER BY incident_id", s -> {
            s.setObject(1, exerciseId);
            List<UUID> open = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    open.add(rs.getObject(1, UUID.class));
                }
            }
            return open;
        });
    }

    /** Whether the exercise has ended (ENDEX): nothing of it opens a case any more. */
    public boolean ended(UUID exerciseId) {
        return exerciseId != null && jdbc.prepareStatement("SELECT ended_at IS NOT NULL FROM exercise_clock WHERE exercise_id = ?", s -> {
            s.setObject(1, exerciseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }
}
