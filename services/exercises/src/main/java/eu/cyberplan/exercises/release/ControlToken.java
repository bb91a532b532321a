package eu.cyberplan.exercises.release;

/** The service token exercise control calls the other services with (role EXERCISE_CONTROL, subject svc.exercises). */
public interface ControlToken {

    /** A token valid for a while yet. */
    String current();

    /** The token was refused: get a new one next time. */
    void invalidate();
}
