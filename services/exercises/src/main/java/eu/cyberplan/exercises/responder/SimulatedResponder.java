package eu.cyberplan.exercises.responder;

import eu.cyberplan.exercises.exercise.Exercise;
import eu.cyberplan.exercises.exercise.ExerciseStatus;
import eu.cyberplan.exercises.exercise.ExerciseStore;
import eu.cyberplan.exercises.scenario.Scenario;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The simulated participants of an unattended drill: when an exercise alert is delivered to a country the scenario
 * has them play, decides (from the scenario's seed and the alert, so the same drill answers the same way) whether and
 * after which delay it is acknowledged, and keeps that as a durable row for {@link SimulatedAcknowledgements}.
 */
@Singleton
public class SimulatedResponder {

    private final ExerciseStore exercises;
    private final JdbcOperations jdbc;

    public SimulatedResponder(ExerciseStore exercises, JdbcOperations jdbc) {
        this.exercises = exercises;
        this.jdbc = jdbc;
    }

    /** In the caller's transaction: schedules the acknowledgement of a delivered alert, if the country is simulated. */
    public void delivered(UUID exerciseId, UUID alertId, String country, Instant deliveredAt) {
        Optional<Scenario.Simulation> simulation = exercises.simulation(exerciseId);
        if (simulation.isEmpty() || !simulation.get().countries().contains(country)) {
            return;
        }
        Exercise exercise = exercises.find(exerciseId).orElseThrow();
        if (exercise.status() == ExerciseStatus.ENDED || exercise.timeline() == null) {
            return;
        }
        answerAt(simulation.get(), exercise, alertId, deliveredAt).ifPresent(dueAt -> jdbc.prepareStatement("""
                INSERT INTO simulated_ack (alert_id, exercise_id, country, due_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", s -> {
            s.setObject(1, alertId);
            s.setObject(2, exerciseId);
            s.setString(3, country);
            s.setTimestamp(4, Timestamp.from(dueAt));
            return s.executeUpdate();
        }));
    }

    /** When the simulated participant answers the alert, or empty when it does not (the answer rate). */
    static Optional<Instant> answerAt(Scenario.Simulation simulation, Exercise exercise, UUID alertId, Instant deliveredAt) {
        SplittableRandom random = new SplittableRandom(simulation.seed() ^ alertId.getMostSignificantBits() ^ alertId.getLeastSignificantBits());
        if (random.nextDouble() >= simulation.answerRate()) {
            return Optional.empty();
        }
        Duration delay = simulation.delay().sample(random);
        return Optional.of(deliveredAt.plus(exercise.timeline().toWall(delay)));
    }
}
