package eu.cyberplan.exercises.exercise;

import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;

import java.util.List;

/**
 * Who may read an exercise, its report and its sub-resources (issue 16): the people who run exercises (planners,
 * coordinators, exercise control) and the auditors who review them read every one; anybody else only the exercises
 * their own country takes part in, as a participant or an observer. A drill's scenario and scores are nobody else's
 * business.
 */
public final class ExerciseReaders {

    private static final String[] EVERY_EXERCISE = {Roles.EXERCISE_PLANNER, Roles.COORDINATOR, Roles.EXERCISE_CONTROL, Roles.AUDITOR};

    private ExerciseReaders() {
    }

    /** Whether the caller reads every exercise. */
    public static boolean readsAll(Caller caller) {
        return caller.hasAnyRole(EVERY_EXERCISE);
    }

    /** Whether the caller may read an exercise with these participants and observers. */
    public static boolean mayRead(Caller caller, List<String> participants, List<String> observers) {
        return readsAll(caller) || caller.country() != null && (participants.contains(caller.country()) || observers.contains(caller.country()));
    }
}
