package eu.cyberplan.escalation.exercise;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.ExerciseStarted;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who takes part in each exercise, learnt from {@code exercise.started} (recording it twice changes nothing, so it
 * needs no claim), for routing an exercise's alerts to its parties only.
 */
@Singleton
public class ExerciseRosters {

    private final JdbcOperations jdbc;
    private final IncomingEvents events;
    private final Map<UUID, ExerciseParties> found = new ConcurrentHashMap<>();

    public ExerciseRosters(JdbcOperations jdbc, IncomingEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void recordAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            if (EventTypes.EXERCISE_STARTED.equals(event.type())) {
                events.payloadIfComplete(event, ExerciseStarted.class, s -> s.exerciseId() != null && s.participants() != null
                        && s.startedAt() != null).ifPresent(this::record);
            }
        }
    }

    private void record(ExerciseStarted started) {
        jdbc.prepareStatement("""
                INSERT INTO exercise_party (exercise_id, participants, observers, started_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (exercise_id) DO NOTHING""", s -> {
            s.setObject(1, started.exerciseId());
            s.setArray(2, s.getConnection().createArrayOf("text", started.participants().toArray()));
            s.setArray(3, s.getConnection().createArrayOf("text", (started.observers() == null ? List.of() : started.observers()).toArray()));
            s.setTimestamp(4, Timestamp.from(started.startedAt()));
            return s.executeUpdate();
        });
    }

    /**
     * The parties of a case's exercise, in the caller's transaction; null for a real case. A row once written never
     * changes (the insert does nothing on conflict, nothing updates or deletes it), so the parties found are kept; an
     * exercise not seen yet is asked again next time.
     */
    public ExerciseParties of(Mode mode, UUID exerciseId) {
        if (mode != Mode.EXERCISE || exerciseId == null) {
            return null;
        }
        ExerciseParties known = found.get(exerciseId);
        if (known != null) {
            return known;
        }
        ExerciseParties parties = jdbc.prepareStatement("SELECT participants, observers FROM exercise_party WHERE exercise_id = ?", s -> {
            s.setObject(1, exerciseId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new ExerciseParties(exerciseId, codes(rs.getArray(1)), codes(rs.getArray(2))) : null;
            }
        });
        if (parties == null) {
            return ExerciseParties.unknown(exerciseId);
        }
        found.put(exerciseId, parties);
        return parties;
    }

    private static List<String> codes(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
