package eu.cyberplan.incidentreporting.significance;

import jakarta.validation.Valid;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;

/** {@code POST /api/v1/significance-assessments}: computes an assessment from the figures given; it creates nothing. */
@Controller("/api/v1/significance-assessments")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SignificanceController {

    /** Entity types beyond those of 2024/2690: assessed under NIS2 Art. 23(3). */
    private final SignificanceAssessment assessment = new SignificanceAssessment();

    @Post
    @Secured({Roles.DUTY_OFFICER, Roles.NCP, Roles.COORDINATOR, Roles.EXERCISE_CONTROL, Roles.EXERCISE_PLANNER, Roles.AUDITOR})
    public Assessment assess(@Valid @Body SignificanceFacts facts) {
        List<FieldError> errors = SignificanceAssessment.check(facts, SignificanceAssessment.OTHER_ENTITY_TYPES);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return assessment.assess(facts);
    }
}
