package eu.cyberplan.exercises.release;

import eu.cyberplan.exercises.exercise.ReleaseTimeline;
import eu.cyberplan.exercises.scenario.InjectKind;
import eu.cyberplan.exercises.scenario.Scenario;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The inject table, in the caller's transaction. An inject is due when its {@code due_at} has passed and it is not yet
 * released; claims lock due rows with FOR UPDATE SKIP LOCKED, so two instances never release one inject twice, and a
 * restart finds every unreleased inject where it was.
 */
@Singleton
public class InjectStore {

    private static final String COLUMNS = "exercise_id, sequence, ref, offset_seconds, country, kind, title, payload::text AS payload, "
            + "expected_action, due_at, released_at, incident_id, attempts, last_error";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    public InjectStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insertAll(UUID exerciseId, List<Scenario.Inject> injects) {
        jdbc.prepareStatement("""
                INSERT INTO inject (exercise_id, sequence, ref, offset_seconds, country, kind, title, payload, expected_action)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", s -> {
            for (Scenario.Inject inject : injects) {
                s.setObject(1, exerciseId);
                s.setInt(2, inject.sequence());
                s.setString(3, inject.ref());
                s.setLong(4, inject.offset().toSeconds());
                s.setString(5, inject.country());
                s.setString(6, inject.kind().name());
                s.setString(7, inject.title());
                s.setString(8, write(inject.payload()));
                s.setString(9, inject.expectedAction());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** Sets when each unreleased inject is due under the timeline (on start and resume), or clears it while paused. */
    public void schedule(UUID exerciseId, ReleaseTimeline timeline) {
        if (timeline == null || timeline.paused()) {
            unschedule(exerciseId);
            return;
        }
        List<long[]> pending = jdbc.prepareStatement(
                "SELECT sequence, offset_seconds FROM inject WHERE exercise_id = ? AND released_at IS NULL", s -> {
                    s.setObject(1, exerciseId);
                    List<long[]> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new long[]{rs.getInt(1), rs.getLong(2)});
                        }
                    }
                    return rows;
                });
        jdbc.prepareStatement("UPDATE inject SET due_at = ? WHERE exercise_id = ? AND sequence = ?", s -> {
            for (long[] row : pending) {
                s.setTimestamp(1, Timestamp.from(timeline.dueAt(Duration.ofSeconds(row[1]))));
                s.setObject(2, exerciseId);
                s.setInt(3, (int) row[0]);
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    public void unschedule(UUID exerciseId) {
        jdbc.prepareStatement("UPDATE inject SET due_at = NULL WHERE exercise_id = ? AND released_at IS NULL", s -> {
            s.setObject(1, exerciseId);
            return s.executeUpdate();
        });
    }

    /** Up to {@code limit} due injects of every running exercise, earliest first; locked until commit. */
    public List<StoredInject> claimDue(Instant now, int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM inject WHERE released_at IS NULL AND due_at <= ? "
                + "ORDER BY due_at, exercise_id, sequence LIMIT ? FOR UPDATE SKIP LOCKED", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setInt(2, limit);
            return injects(s);
        });
    }

    public void released(StoredInject inject, UUID incidentId, Instant at) {
        jdbc.prepareStatement("UPDATE inject SET released_at = ?, incident_id = ?, attempts = attempts + 1, last_error = NULL "
                + "WHERE exercise_id = ? AND sequence = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, incidentId);
            s.setObject(3, inject.exerciseId());
            s.setInt(4, inject.sequence());
            return s.executeUpdate();
        });
    }

    /** A release that failed stays unreleased and due again at {@code retryAt}; the error shows on the exercise. */
    public void failed(StoredInject inject, String error, Instant retryAt) {
        jdbc.prepareStatement("UPDATE inject SET attempts = attempts + 1, last_error = ?, due_at = ? WHERE exercise_id = ? AND sequence = ?", s -> {
            s.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            s.setTimestamp(2, Timestamp.from(retryAt));
            s.setObject(3, inject.exerciseId());
            s.setInt(4, inject.sequence());
            return s.executeUpdate();
        });
    }

    public List<StoredInject> of(UUID exerciseId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM inject WHERE exercise_id = ? ORDER BY sequence", s -> {
            s.setObject(1, exerciseId);
            return injects(s);
        });
    }

    /** Unreleased injects whose last try failed, in offset order. */
    public List<StoredInject> failing(UUID exerciseId, int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM inject WHERE exercise_id = ? AND released_at IS NULL "
                + "AND last_error IS NOT NULL ORDER BY sequence LIMIT ?", s -> {
            s.setObject(1, exerciseId);
            s.setInt(2, limit);
            return injects(s);
        });
    }

    /** The exercise's progress: how many injects, how many released, how many failed their last try. */
    public record Progress(int total, int released, int failing, Long nextOffsetSeconds) {
    }

    public Progress progress(UUID exerciseId) {
        return jdbc.prepareStatement("""
                SELECT count(*), count(released_at), count(*) FILTER (WHERE released_at IS NULL AND last_error IS NOT NULL),
                       min(offset_seconds) FILTER (WHERE released_at IS NULL) FROM inject WHERE exercise_id = ?""", s -> {
            s.setObject(1, exerciseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long next = rs.getLong(4);
                Long nextOffset = rs.wasNull() ? null : next;
                return new Progress(rs.getInt(1), rs.getInt(2), rs.getInt(3), nextOffset);
            }
        });
    }

    private static List<StoredInject> injects(PreparedStatement s) throws SQLException {
        List<StoredInject> injects = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                injects.add(new StoredInject(rs.getObject("exercise_id", UUID.class), rs.getInt("sequence"), rs.getString("ref"),
                        rs.getLong("offset_seconds"), rs.getString("country"), InjectKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("payload"), rs.getString("expected_action"), instant(rs.getTimestamp("due_at")),
                        instant(rs.getTimestamp("released_at")), rs.getObject("incident_id", UUID.class), rs.getInt("attempts"),
                        rs.getString("last_error")));
            }
        }
        return injects;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
