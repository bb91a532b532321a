package eu.cyberplan.escalation.exercise;

import java.util.List;
import java.util.UUID;

/**
 * The countries that take part in an exercise, as its {@code exercise.started} named them; {@link #unknown} while this
 * service has not seen it start (its event may be behind on the exercise topic).
 */
public record ExerciseParties(UUID exerciseId, List<String> participants, List<String> observers) {

    public static ExerciseParties unknown(UUID exerciseId) {
        return new ExerciseParties(exerciseId, null, null);
    }

    public boolean known() {
        return participants != null;
    }
}
