package eu.cyberplan.exercises.scoring;

import eu.cyberplan.exercises.scenario.ExpectationKind;
import eu.cyberplan.exercises.scenario.Scenario;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The expectations of each exercise, in the caller's transaction. */
@Singleton
public class ExpectationStore {

    private final JdbcOperations jdbc;

    public ExpectationStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(UUID exerciseId, List<Scenario.Expectation> expectations) {
        jdbc.prepareStatement("""
                INSERT INTO expectation (exercise_id, sequence, kind, country, inject_ref, within_seconds, level, description)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            for (Scenario.Expectation e : expectations) {
                s.setObject(1, exerciseId);
                s.setInt(2, e.sequence());
                s.setString(3, e.kind().name());
                s.setString(4, e.country());
                s.setString(5, e.injectRef());
                s.setObject(6, e.within() == null ? null : e.within().toSeconds());
                s.setString(7, e.level());
                s.setString(8, e.description());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    public List<Scenario.Expectation> of(UUID exerciseId) {
        return jdbc.prepareStatement("SELECT * FROM expectation WHERE exercise_id = ? ORDER BY sequence", s -> {
            s.setObject(1, exerciseId);
            List<Scenario.Expectation> expectations = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long within = rs.getLong("within_seconds");
                    boolean timed = !rs.wasNull();
                    expectations.add(new Scenario.Expectation(rs.getInt("sequence"), ExpectationKind.valueOf(rs.getString("kind")),
                            rs.getString("country"), rs.getString("inject_ref"), timed ? Duration.ofSeconds(within) : null, rs.getString("level"),
                            rs.getString("description")));
                }
            }
            return expectations;
        });
    }
}
