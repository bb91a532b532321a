package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.problem.ProblemException;
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
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** Filing and reading incidents: {@code /api/v1/incidents}. */
@Controller("/api/v1/incidents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IncidentController {

    private final IncidentFiling filing;
    private final IncidentStore incidents;
    private final Clock clock;

    public IncidentController(IncidentFiling filing, IncidentStore incidents, Clock clock) {
        this.filing = filing;
        this.incidents = incidents;
        this.clock = clock;
    }

    /** Files an early warning for the caller's country. */
    @Post
    @Secured({Roles.DUTY_OFFICER, Roles.EXERCISE_CONTROL})
    public HttpResponse<IncidentView> file(Authentication authentication, @Valid @Body EarlyWarning warning) {
        Incident incident = filing.file(Caller.of(authentication), warning);
        return HttpResponse.created(view(incident), URI.create("/api/v1/incidents/" + incident.id()));
    }

    /** One incident, if the caller's country may read it under its TLP marking. */
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public IncidentView get(Authentication authentication, @PathVariable UUID id) {
        Incident incident = incidents.find(id).orElseThrow(() -> ProblemException.notFound("no incident " + id));
        Set<String> alerted = incidents.alertedCountries(id);
        if (!ReadPolicy.mayRead(Caller.of(authentication), incident.tlp(), incident.reporterCountry(), alerted, Set.copyOf(incident.recipients()))) {
            throw ProblemException.forbidden("TLP:" + incident.tlp().label() + " incident " + incident.reference() + " is not shared with you");
        }
        return view(incident);
    }

    private IncidentView view(Incident incident) {
        return IncidentView.of(incident, ReportingDeadlines.at(incident.awareAt(), incident.reportedAt(), incident.trustService(), clock.instant()));
    }
}
