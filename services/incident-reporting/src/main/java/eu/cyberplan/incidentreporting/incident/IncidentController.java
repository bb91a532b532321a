package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.deadline.Deadline;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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

/** Filing, reading and listing incidents: {@code /api/v1/incidents}. */
@Controller("/api/v1/incidents")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IncidentController {

    private final IncidentFiling filing;
    private final IncidentAccess access;
    private final IncidentViews views;
    private final IncidentVersions versions;
    private final IncidentList list;
    private final SensitiveReads reads;

    public IncidentController(IncidentFiling filing, IncidentAccess access, IncidentViews views, IncidentVersions versions,
                              IncidentList list, SensitiveReads reads) {
        this.reads = reads;
        this.filing = filing;
        this.access = access;
        this.views = views;
        this.versions = versions;
        this.list = list;
    }

    /** Files an early warning for the caller's country. */
    @Post
    @Secured({Roles.DUTY_OFFICER, Roles.EXERCISE_CONTROL})
    @Transactional
    public HttpResponse<IncidentView> file(Authentication authentication, @Valid @Body EarlyWarning warning) {
        Incident incident = filing.file(Caller.of(authentication), warning);
        return HttpResponse.created(views.of(incident), URI.create("/api/v1/incidents/" + incident.id()));
    }

    /** The incidents the caller may read, newest first, each with its next deadline; real ones unless {@code mode=EXERCISE}. */
    @Get("{?country,status,stage,overdue,mode,page,size}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Page<IncidentList.Item> list(Authentication authentication, @Nullable @QueryValue String country, @Nullable @QueryValue String status,
                                        @Nullable @QueryValue String stage, @Nullable @QueryValue Boolean overdue,
                                        @Nullable @QueryValue String mode, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return list.page(Caller.of(authentication), IncidentList.Filter.of(country, status, stage, overdue, mode), Page.page(page), Page.size(size));
    }

    /** One incident, if the caller's country may read it under its TLP marking. */
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public IncidentView get(Authentication authentication, @PathVariable UUID id) {
        Incident incident = access.readable(Caller.of(authentication), id);
        IncidentView view = views.of(incident);
        reads.read(incident, "incident.read", "incident");
        return view;
    }

    /** Each NIS2 reporting clock of the incident: submitted on time or late, due in …, overdue, or not requested. */
    @Get("/{id}/deadlines")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(Authentication authentication, @PathVariable UUID id) {
        return views.deadlinesOf(access.readable(Caller.of(authentication), id));
    }

    /** Every version of the incident: who changed what, when and why. */
    @Get("/{id}/versions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<IncidentVersions.Version> versions(Authentication authentication, @PathVariable UUID id) {
        Incident incident = access.readable(Caller.of(authentication), id);
        List<IncidentVersions.Version> all = versions.of(incident.id());
        reads.read(incident, "incident.read", "versions");
        return all;
    }
}
