package eu.cyberplan.exercises.report;

import eu.cyberplan.exercises.exercise.ExerciseStore;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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

    /** JSON unless the caller asks for {@code text/html} (a browser, a printer). */
    @Get
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Transactional(readOnly = true)
    public HttpResponse<?> report(@PathVariable UUID id, @Nullable @Header("Accept") String accept) {
        AfterActionReport report = reports.of(exercises.find(id).orElseThrow(() -> ProblemException.notFound("no exercise " + id)), clock.instant());
        if (accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.startsWith(MediaType.APPLICATION_JSON)) {
            return HttpResponse.ok(ReportPage.render(report)).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        }
        return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
