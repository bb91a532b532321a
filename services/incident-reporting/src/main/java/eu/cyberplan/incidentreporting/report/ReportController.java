package eu.cyberplan.incidentreporting.report;

import eu.cyberplan.incidentreporting.incident.IncidentAccess;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The further NIS2 reports of an incident: {@code /api/v1/incidents/{id}/reports}. */
@Controller("/api/v1/incidents/{id}/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportController {

    private final ReportSubmission submission;
    private final ReportStore reports;
    private final IncidentAccess access;

    public ReportController(ReportSubmission submission, ReportStore reports, IncidentAccess access) {
        this.submission = submission;
        this.reports = reports;
        this.access = access;
    }

    @Post
    @Secured({Roles.DUTY_OFFICER, Roles.NCP, Roles.EXERCISE_CONTROL})
    public HttpResponse<SubmittedReport> submit(Authentication authentication, @PathVariable UUID id, @Valid @Body ReportBody body) {
        SubmittedReport report = submission.submit(Caller.of(authentication), id, body);
        return HttpResponse.created(report, URI.create("/api/v1/incidents/" + id + "/reports/" + report.id()));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<SubmittedReport> list(Authentication authentication, @PathVariable UUID id) {
        return reports.of(access.readable(Caller.of(authentication), id).id());
    }
}
