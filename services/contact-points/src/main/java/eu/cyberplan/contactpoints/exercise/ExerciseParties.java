package eu.cyberplan.contactpoints.exercise;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The countries that take part in one exercise, as {@code exercise.started} named them (issue 16): only they, and the
 * EU level running it (exercise control, the coordinators' inbox), ever get an inbox item or a notification of it, and
 * nobody once it {@link #ended} (ENDEX).
 */
public record ExerciseParties(UUID exerciseId, List<String> participants, List<String> observers, boolean ended) {

    public ExerciseParties(UUID exerciseId, List<String> participants, List<String> observers) {
        this(exerciseId, participants, observers, false);
    }

    /** Whether something of this exercise may reach {@code country}'s inbox and people. */
    public boolean reach(String country) {
        return !ended && ("EU".equals(country) || participants.contains(country) || observers.contains(country));
    }

    /** Every country that takes part, participants first. */
    public Set<String> countries() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(participants);
        all.addAll(observers);
        return all;
    }
}
