package eu.cyberplan.exercises;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * exercises: the planners' drill engine (scenarios, inject release, scoring). This node runs the service with its
 * schema, outbox and security in place; its features arrive with the exercises issue.
 */
@OpenAPIDefinition(info = @Info(title = "exercises", version = "v1", description = "CyberPlan exercises: exercises"))
public final class ExercisesApplication {

    private ExercisesApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ExercisesApplication.class, args);
    }
}
