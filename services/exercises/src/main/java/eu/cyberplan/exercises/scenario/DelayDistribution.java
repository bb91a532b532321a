package eu.cyberplan.exercises.scenario;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** How long a simulated participant takes to acknowledge, in exercise time. */
public record DelayDistribution(Shape shape, Duration min, Duration max, Duration mean) {

    /** The shapes a planner can choose. */
    public enum Shape { FIXED, UNIFORM, EXPONENTIAL }

    /** One delay: FIXED = min; UNIFORM between min and max; EXPONENTIAL = min + an exponential draw of the mean. */
    public Duration sample(RandomGenerator random) {
        return switch (shape) {
            case FIXED -> min;
            case UNIFORM -> min.plusMillis((long) (random.nextDouble() * (max.toMillis() - min.toMillis())));
            case EXPONENTIAL -> min.plusMillis((long) (-Math.log(1 - random.nextDouble()) * mean.toMillis()));
        };
    }
}
