package eu.cyberplan.contactpoints.exercise;

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

    public ExerciseRoster(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
                ON CONFLICT (exercise_id) DO UPDATE SET ended_at = coalesce(exercise_party.ended_at, excluded.ended_at)""", s -> {
            s.setObject(1, exerciseId);
            s.setTimestamp(2, Timestamp.from(endedAt));
            return s.executeUpdate();
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
