package eu.cyberplan.exercises.scenario;

import eu.cyberplan.exercises.release.ControlClient;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * An exercise planned from the plan (issue 24): reads the country's plan in force from contact-points, as exercise
 * control, and proposes a scenario exercising it ({@link PlanScenario}), for the planner to review and load with
 * {@code POST /exercises}. Nothing is stored.
 */
@Singleton
public class ScenarioProposals {

    static final long SPACING_SECONDS = 120;

    private final ControlClient control;
    private final JsonMapper json;

    public ScenarioProposals(ControlClient control, JsonMapper json) {
        this.control = control;
        this.json = json;
    }

    public ScenarioBody fromPlanOf(String cc) {
        String country = CountryCodes.normalise(cc).filter(CountryCodes::isMember)
                .orElseThrow(() -> ProblemException.invalid("country", "must be the code of a member country (EU or EEA)"));
        ControlClient.Answer answer = control.planInForce(country);
        if (answer.status() == 404) {
            throw ProblemException.conflict(country + " has no approved national plan to exercise");
        }
        if (!answer.ok()) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "the plan of " + country + " could not be read (contact-points answered "
                    + answer.status() + "); try again");
        }
        try {
            return PlanScenario.propose(json.readValue(answer.body(), PlanInForce.class), SPACING_SECONDS);
        } catch (IOException e) {
            throw new ProblemException(HttpStatus.BAD_GATEWAY, "the plan of " + country + " could not be read: " + e.getMessage());
        }
    }
}
