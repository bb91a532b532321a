package eu.cyberplan.contactpoints.exercise;

import eu.cyberplan.contactpoints.changes.InboxChanges;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The exercise_party table, in the current transaction: who takes part in each exercise this node has seen start. */
@Singleton
public class ExerciseRoster {

    private final JdbcOperations jdbc;
    private final InboxChanges changes;

    public ExerciseRoster(JdbcOperations jdbc, InboxChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Records an exercise's parties once; a redelivered {@code exercise.started} changes nothing. */
    public void record(ExerciseParties parties, Instant startedAt) {
        jdbc.prepareStatement("""
                INSERT INTO exercise_party (exercise_id, participants, observers, started_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (exercise_id) DO UPDATE SET participants = excluded.participants, observers = excluded.observers,
                    started_at = excluded.started_at
                WHERE exercise_party.started_at IS NULL""", s -> {
            s.setObject(1, parties.exerciseId());
            s.setArray(2, s.getConnection().createArrayOf("text", parties.participants().toArray()));
            s.setArray(3, s.getConnection().createArrayOf("text", parties.observers().toArray()));
            s.setTimestamp(4, Timestamp.from(startedAt));
            return s.executeUpdate();
        });
    }

    /**
     * Records that the exercise ended; an end that overtook its start is kept too (with nobody taking part), so nothing
     * of an ended exercise reaches anyone whatever the order the events come in.
     */
    public void ended(UUID exerciseId, Instant endedAt) {
        jdbc.prepareStatement("""
                INSERT INTO exercise_party (exercise_id, participants, observers, ended_at) VALUES (?, '{}', '{}', ?)
                ON CONFLICT (exercise_id) DO UPDATE SET ended_at = coalesce(exercise_party.ended_at, excluded.ended_at), paused_at = NULL""", s -> {
            s.setObject(1, exerciseId);
            s.setTimestamp(2, Timestamp.from(endedAt));
            return s.executeUpdate();
        });
    }

    /** Records a pause of an exercise this node saw start; false when paused already, ended, or not seen (nothing to hold). */
    public boolean paused(UUID exerciseId, Instant pausedAt) {
        return jdbc.prepareStatement("""
                UPDATE exercise_party SET paused_at = ? WHERE exercise_id = ? AND paused_at IS NULL AND ended_at IS NULL""", s -> {
            s.setTimestamp(1, Timestamp.from(pausedAt));
            s.setObject(2, exerciseId);
            return s.executeUpdate() == 1;
        });
    }

    /**
     * Ends a pause: the exercise's items still waiting move their deadlines by the time they were held (from the pause,
     * or from their delivery during it), as escalation moves its timers. Answers how many moved; none when not paused.
     */
    public int resumed(UUID exerciseId, Instant resumedAt) {
        return jdbc.prepareStatement("""
                WITH pause AS (
                    UPDATE exercise_party k SET paused_at = NULL FROM exercise_party before
                    WHERE k.exercise_id = ? AND before.exercise_id = k.exercise_id AND k.paused_at IS NOT NULL
                    RETURNING before.paused_at)
                UPDATE inbox_item i SET ack_deadline = i.ack_deadline + greatest(?::timestamptz - greatest(pause.paused_at, i.delivered_at), interval '0')
                FROM pause WHERE i.exercise_id = ? AND i.status IN ('NEW', 'OVERDUE') AND i.ack_deadline > pause.paused_at
                RETURNING i.country, i.mode""", s -> {
            s.setObject(1, exerciseId);
            s.setTimestamp(2, Timestamp.from(resumedAt));
            s.setObject(3, exerciseId);
            return changes.write(s);
        });
    }

    /** The parties of these exercises, for those this node has seen start or end. */
    public Map<UUID, ExerciseParties> of(Set<UUID> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("SELECT * FROM exercise_party WHERE exercise_id = ANY(?)", s -> {
            s.setArray(1, s.getConnection().createArrayOf("uuid", exerciseIds.toArray()));
            Map<UUID, ExerciseParties> found = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("exercise_id", UUID.class);
                    found.put(id, new ExerciseParties(id, codes(rs.getArray("participants")), codes(rs.getArray("observers")),
                            rs.getTimestamp("ended_at") != null));
                }
            }
            return found;
        });
    }

    public Optional<ExerciseParties> of(UUID exerciseId) {
        return Optional.ofNullable(of(Set.of(exerciseId)).get(exerciseId));
    }

    private static List<String> codes(Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
