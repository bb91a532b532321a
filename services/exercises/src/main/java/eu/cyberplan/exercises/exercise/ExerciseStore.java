package eu.cyberplan.exercises.exercise;

import eu.cyberplan.exercises.scenario.Scenario;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The exercise table, in the caller's transaction. */
@Singleton
public class ExerciseStore {

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    // No country: every exercise; a country: those it takes part in, as a participant or an observer.
    private static final String TAKES_PART = "(?::text IS NULL OR ? = ANY(participants) OR ? = ANY(observers))";

    public ExerciseStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(UUID id, Scenario scenario, String createdBy, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO exercise (id, name, status, created_at, participants, observers, compression, created_by, simulation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", s -> {
            s.setObject(1, id);
            s.setString(2, scenario.name());
            s.setString(3, ExerciseStatus.PLANNED.name());
            s.setTimestamp(4, Timestamp.from(at));
            s.setArray(5, s.getConnection().createArrayOf("text", scenario.participants().toArray()));
            s.setArray(6, s.getConnection().createArrayOf("text", scenario.observers().toArray()));
            s.setInt(7, scenario.compression());
            s.setString(8, createdBy);
            s.setString(9, scenario.simulation() == null ? null : write(StoredSimulation.of(scenario.simulation())));
            return s.executeUpdate();
        });
    }

    public Optional<Exercise> find(UUID id) {
        return one("SELECT * FROM exercise WHERE id = ?", id);
    }

    /** The exercise, locked until commit: its transitions and releases never interleave. */
    public Optional<Exercise> lock(UUID id) {
        return one("SELECT * FROM exercise WHERE id = ? FOR UPDATE", id);
    }

    public Optional<Scenario.Simulation> simulation(UUID id) {
        return jdbc.prepareStatement("SELECT simulation::text FROM exercise WHERE id = ?", s -> {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? Optional.of(read(rs.getString(1)).simulation()) : Optional.empty();
            }
        });
    }

    /** Stores the status and the clock after a transition. */
    public void update(UUID id, ExerciseStatus status, ReleaseTimeline timeline, String by, Instant at) {
        jdbc.prepareStatement("""
                UPDATE exercise SET status = ?, started_at = ?, paused_at = ?, paused_total_ms = ?,
                    started_by = CASE WHEN ? = 'RUNNING' AND started_by IS NULL THEN ? ELSE started_by END,
                    ended_at = CASE WHEN ? = 'ENDED' THEN ? ELSE ended_at END,
                    ended_by = CASE WHEN ? = 'ENDED' THEN ? ELSE ended_by END
                WHERE id = ?""", s -> {
            s.setString(1, status.name());
            s.setTimestamp(2, Timestamp.from(timeline.startedAt()));
            s.setTimestamp(3, timeline.pausedAt() == null ? null : Timestamp.from(timeline.pausedAt()));
            s.setLong(4, timeline.pausedTotal().toMillis());
            s.setString(5, status.name());
            s.setString(6, by);
            s.setString(7, status.name());
            s.setTimestamp(8, Timestamp.from(at));
            s.setString(9, status.name());
            s.setString(10, by);
            s.setObject(11, id);
            return s.executeUpdate();
        });
    }

    /** Records a pause, or the end of the pause going on. */
    public void paused(UUID id, Instant at) {
        jdbc.prepareStatement("INSERT INTO exercise_pause (exercise_id, paused_at) VALUES (?, ?)", s -> {
            s.setObject(1, id);
            s.setTimestamp(2, Timestamp.from(at));
            return s.executeUpdate();
        });
    }

    public void resumed(UUID id, Instant at) {
        jdbc.prepareStatement("UPDATE exercise_pause SET resumed_at = ? WHERE exercise_id = ? AND resumed_at IS NULL", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, id);
            return s.executeUpdate();
        });
    }

    public PauseHistory pauses(Exercise exercise) {
        if (exercise.timeline() == null) {
            return new PauseHistory(exercise.createdAt(), exercise.compression(), List.of());
        }
        return jdbc.prepareStatement("SELECT paused_at, resumed_at FROM exercise_pause WHERE exercise_id = ? ORDER BY paused_at", s -> {
            s.setObject(1, exercise.id());
            List<PauseHistory.Pause> pauses = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pauses.add(new PauseHistory.Pause(rs.getTimestamp(1).toInstant(), instant(rs.getTimestamp(2))));
                }
            }
            return new PauseHistory(exercise.timeline().startedAt(), exercise.compression(), pauses);
        });
    }

    /** A page of exercises, newest first: every one, or ({@code country} not null) those that country takes part in. */
    public List<Exercise> list(String country, int page, int size) {
        return jdbc.prepareStatement("SELECT * FROM exercise WHERE " + TAKES_PART + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", s -> {
            s.setString(1, country);
            s.setString(2, country);
            s.setString(3, country);
            s.setInt(4, size);
            s.setLong(5, (long) page * size);
            List<Exercise> exercises = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    exercises.add(exercise(rs));
                }
            }
            return exercises;
        });
    }

    public long count(String country) {
        return jdbc.prepareStatement("SELECT count(*) FROM exercise WHERE " + TAKES_PART, s -> {
            s.setString(1, country);
            s.setString(2, country);
            s.setString(3, country);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private Optional<Exercise> one(String sql, UUID id) {
        return jdbc.prepareStatement(sql, s -> {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(exercise(rs)) : Optional.empty();
            }
        });
    }

    private static Exercise exercise(ResultSet rs) throws SQLException {
        Timestamp startedAt = rs.getTimestamp("started_at");
        int compression = rs.getInt("compression");
        ReleaseTimeline timeline = startedAt == null ? null : new ReleaseTimeline(startedAt.toInstant(), compression,
                Duration.ofMillis(rs.getLong("paused_total_ms")), instant(rs.getTimestamp("paused_at")));
        return new Exercise(rs.getObject("id", UUID.class), rs.getString("name"), ExerciseStatus.valueOf(rs.getString("status")),
                Arrays.asList((String[]) rs.getArray("participants").getArray()), Arrays.asList((String[]) rs.getArray("observers").getArray()),
                compression, rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), timeline, rs.getString("started_by"),
                instant(rs.getTimestamp("ended_at")), rs.getString("ended_by"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private String write(StoredSimulation simulation) {
        try {
            return json.writeValueAsString(simulation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredSimulation read(String text) {
        try {
            return json.readValue(text, StoredSimulation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
