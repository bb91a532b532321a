package eu.cyberplan.escalation.sitrep;

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
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Situation reports of a case: {@code /api/v1/cases/{incidentId}/situation-reports}. */
@Controller("/api/v1/cases/{incidentId}/situation-reports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SituationReportController {

    private final SituationReports reports;

    public SituationReportController(SituationReports reports) {
        this.reports = reports;
    }

    @Post
    @Secured({Roles.COORDINATOR, Roles.DUTY_OFFICER, Roles.NCP})
    public HttpResponse<SituationReport> publish(Authentication authentication, @PathVariable UUID incidentId,
                                                 @Valid @Body SituationReportBody body) {
        SituationReport report = reports.publish(Caller.of(authentication), incidentId, body);
        return HttpResponse.created(report, URI.create("/api/v1/cases/" + incidentId + "/situation-reports/" + report.version()));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<SituationReport> list(Authentication authentication, @PathVariable UUID incidentId) {
        return reports.of(Caller.of(authentication), incidentId);
    }
}
