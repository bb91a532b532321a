package eu.cyberplan.escalation.situation;

import eu.cyberplan.platform.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.UUID;

/**
 * {@code GET /api/v1/cases/{incidentId}/situation} (DESIGN §14): the integrated situational awareness view, for the
 * coordinators and the countries taking part, under the TLP rules of the case; and at the political level
 * {@code …/situation/report}, the report made of it: a JSON file to download, or with {@code Accept: text/html} a page to
 * print.
 */
@Controller("/api/v1/cases/{incidentId}/situation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SituationController {

    private final Situations situations;

    public SituationController(Situations situations) {
        this.situations = situations;
    }

    @Get
    public SituationView situation(Authentication authentication, @PathVariable UUID incidentId) {
        return situations.view(Caller.of(authentication), incidentId);
    }

    @Get("/report")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public HttpResponse<?> report(Authentication authentication, @PathVariable UUID incidentId, @Nullable @Header("Accept") String accept) {
        IsaReport report = situations.report(Caller.of(authentication), incidentId);
        String marking = "TLP:" + report.tlp();
        if (accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.startsWith(MediaType.APPLICATION_JSON)) {
            return HttpResponse.ok(IsaReportPage.render(report)).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        }
        String file = "isa-report-" + (report.reference() == null ? report.incidentId().toString() : report.reference()).replaceAll("[^A-Za-z0-9._-]", "_")
                + "-" + marking.replace("TLP:", "tlp-").replace('+', '-').toLowerCase(java.util.Locale.ROOT) + ".json";
        return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
