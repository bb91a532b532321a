package eu.cyberplan.exercises;

import io.micronaut.runtime.Micronaut;

/**
 * exercises: the planners' drill engine (scenarios, inject release, scoring). This node runs the service with its
 * schema, outbox and security in place; its features arrive with the exercises issue.
 */
public final class ExercisesApplication {

    private ExercisesApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ExercisesApplication.class, args);
    }
}
