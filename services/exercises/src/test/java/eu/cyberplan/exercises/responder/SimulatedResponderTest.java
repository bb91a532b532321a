package eu.cyberplan.exercises.responder;

import eu.cyberplan.exercises.exercise.Exercise;
import eu.cyberplan.exercises.exercise.ExerciseStatus;
import eu.cyberplan.exercises.exercise.ReleaseTimeline;
import eu.cyberplan.exercises.scenario.DelayDistribution;
import eu.cyberplan.exercises.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedResponderTest {

    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");
    private static final Exercise EXERCISE = new Exercise(UUID.randomUUID(), "drill", ExerciseStatus.RUNNING, List.of("LV", "LT"), List.of(), 60,
            "planner", T0, ReleaseTimeline.startedAt(T0, 60), "planner", null, null);

    @Test
    void shouldAnswerWithinTheDistributionDividedByTheCompression() {
        Scenario.Simulation simulation = new Scenario.Simulation(List.of("LV"),
                new DelayDistribution(DelayDistribution.Shape.UNIFORM, Duration.ofMinutes(1), Duration.ofMinutes(10), null), 1.0, 42);
        Instant delivered = T0.plusSeconds(30);
        for (int i = 0; i < 200; i++) {
            Instant at = SimulatedResponder.answerAt(simulation, EXERCISE, UUID.randomUUID(), delivered).orElseThrow();
            // 1–10 exercise minutes at 60× = 1–10 wall seconds.
            assertThat(Duration.between(delivered, at)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
        }
    }

    @Test
    void shouldAnswerTheSameAlertTheSameWayAndKeepToTheAnswerRate() {
        Scenario.Simulation simulation = new Scenario.Simulation(List.of("LV"),
                new DelayDistribution(DelayDistribution.Shape.EXPONENTIAL, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5)), 0.7, 7);
        UUID alert = UUID.randomUUID();
        assertThat(SimulatedResponder.answerAt(simulation, EXERCISE, alert, T0)).isEqualTo(SimulatedResponder.answerAt(simulation, EXERCISE, alert, T0));
        long answered = IntStream.range(0, 2000)
                .mapToObj(i -> SimulatedResponder.answerAt(simulation, EXERCISE, UUID.randomUUID(), T0))
                .filter(Optional::isPresent).count();
        assertThat(answered).isBetween(1300L, 1500L);
    }
}
