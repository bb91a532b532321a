package eu.cyberplan.exercises.report;

import eu.cyberplan.exercises.exercise.Exercises;
import eu.cyberplan.platform.security.Caller;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The after-action report: JSON, or with {@code Accept: text/html} a page a planner can print; read by those who run or
 * review exercises and by the people of the countries taking part ({@code ExerciseReaders}).
 */
@Controller("/api/v1/exercises/{id}/report")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ReportController {

    private final Exercises exercises;
    private final Reports reports;
    private final Clock clock;

    public ReportController(Exercises exercises, Reports reports, Clock clock) {
        this.exercises = exercises;
        this.reports = reports;
        this.clock = clock;
    }

    /** JSON unless the caller asks for {@code text/html} (a browser, a printer). */
    @Get
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Transactional(readOnly = true)
    public HttpResponse<?> report(Authentication authentication, @PathVariable UUID id, @Nullable @Header("Accept") String accept) {
        AfterActionReport report = reports.of(exercises.readable(Caller.of(authentication), id), clock.instant());
        if (accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.startsWith(MediaType.APPLICATION_JSON)) {
            return HttpResponse.ok(ReportPage.render(report)).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        }
        return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
