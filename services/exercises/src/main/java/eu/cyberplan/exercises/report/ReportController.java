package eu.cyberplan.exercises.report;

import eu.cyberplan.exercises.exercise.ExerciseStore;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/** The after-action report: JSON, or with {@code Accept: text/html} a page a planner can print. */
@Controller("/api/v1/exercises/{id}/report")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.EXERCISE_PLANNER, Roles.COORDINATOR, Roles.AUDITOR})
public class ReportController {

    private final ExerciseStore exercises;
    private final Reports reports;
    private final Clock clock;

    public ReportController(ExerciseStore exercises, Reports reports, Clock clock) {
        this.exercises = exercises;
        this.reports = reports;
        this.clock = clock;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(readOnly = true)
    public AfterActionReport report(@PathVariable UUID id) {
        return reports.of(exercises.find(id).orElseThrow(() -> ProblemException.notFound("no exercise " + id)), clock.instant());
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    public HttpResponse<String> page(@PathVariable UUID id) {
        return HttpResponse.ok(ReportPage.render(report(id))).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");
    }
}
