package eu.cyberplan.exercises.exercise;

import eu.cyberplan.exercises.scenario.DelayDistribution;
import eu.cyberplan.exercises.scenario.Scenario;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.util.List;

/** The simulated participants of an exercise as kept in its {@code simulation} column. */
@Serdeable
record StoredSimulation(List<String> countries, String distribution, long minMillis, long maxMillis, long meanMillis, double answerRate,
                        long seed) {

    static StoredSimulation of(Scenario.Simulation s) {
        DelayDistribution d = s.delay();
        return new StoredSimulation(s.countries(), d.shape().name(), d.min().toMillis(), d.max().toMillis(),
                d.mean() == null ? 0 : d.mean().toMillis(), s.answerRate(), s.seed());
    }

    Scenario.Simulation simulation() {
        return new Scenario.Simulation(countries, new DelayDistribution(DelayDistribution.Shape.valueOf(distribution), Duration.ofMillis(minMillis),
                Duration.ofMillis(maxMillis), Duration.ofMillis(meanMillis)), answerRate, seed);
    }
}
