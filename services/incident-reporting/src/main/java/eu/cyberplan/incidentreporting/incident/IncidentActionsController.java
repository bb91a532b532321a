package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** What the reporting CSIRT does with its incident after filing: correct, retract, close, ask, reply, escalate. */
@Controller("/api/v1/incidents/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.DUTY_OFFICER, Roles.NCP, Roles.EXERCISE_CONTROL})
public class IncidentActionsController {

    private final IncidentActions actions;
    private final IncidentViews incidents;

    public IncidentActionsController(IncidentActions actions, IncidentViews incidents) {
        this.actions = actions;
        this.incidents = incidents;
    }

    /** A reason for a retraction or an escalation request. */
    @Serdeable
    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    /** When the incident was handled, and why it is closed. */
    @Serdeable
    public record Closing(@NotNull Instant handledAt, @Nullable @Size(max = 2000) String reason) {
    }

    /** When a requested intermediate report is due. */
    @Serdeable
    public record ReportRequest(@NotNull Instant dueAt) {
    }

    /** The CSIRT's reply to the early warning (NIS2 Art. 23(5)). */
    @Serdeable
    public record Response(@Nullable @Size(max = 20_000) String note) {
    }

    @Patch
    @Transactional
    public IncidentView correct(Authentication authentication, @PathVariable UUID id, @Valid @Body Correction correction) {
        return incidents.of(actions.correct(Caller.of(authentication), id, correction));
    }

    @Post("/retraction")
    @Transactional
    public IncidentView retract(Authentication authentication, @PathVariable UUID id, @Valid @Body Reason body) {
        return incidents.of(actions.retract(Caller.of(authentication), id, body.reason()));
    }

    @Post("/closure")
    @Transactional
    public IncidentView close(Authentication authentication, @PathVariable UUID id, @Valid @Body Closing body) {
        return incidents.of(actions.close(Caller.of(authentication), id, body.handledAt(), body.reason()));
    }

    @Post("/report-requests")
    @Transactional
    public IncidentView requestReport(Authentication authentication, @PathVariable UUID id, @Valid @Body ReportRequest body) {
        return incidents.of(actions.requestIntermediate(Caller.of(authentication), id, body.dueAt()));
    }

    @Post("/csirt-response")
    @Transactional
    public IncidentView respond(Authentication authentication, @PathVariable UUID id, @Valid @Body Response body) {
        return incidents.of(actions.respond(Caller.of(authentication), id, body.note()));
    }

    @Post("/escalation-requests")
    @Transactional
    public IncidentView requestEscalation(Authentication authentication, @PathVariable UUID id, @Valid @Body Reason body) {
        return incidents.of(actions.requestEscalation(Caller.of(authentication), id, body.reason()));
    }
}
