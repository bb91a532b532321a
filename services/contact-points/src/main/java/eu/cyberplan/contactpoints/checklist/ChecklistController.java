package eu.cyberplan.contactpoints.checklist;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.api.ModeQuery;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Playbook checklists on live incidents (DESIGN §9): the caller's country's, ticked by its people. */
@Controller("/api/v1/checklists")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ChecklistController {

    private final Checklists checklists;

    public ChecklistController(Checklists checklists) {
        this.checklists = checklists;
    }

    /** The body of a tick: an optional note on what was done. */
    @Serdeable
    public record Tick(@Nullable @Size(max = 5000) String note) {
    }

    /** Real checklists unless {@code mode=EXERCISE}; of one incident when {@code incidentId} is given. */
    @Get
    public Page<ChecklistView> list(Authentication authentication, @Nullable @QueryValue UUID incidentId, @Nullable @QueryValue String mode,
                                    @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return checklists.list(Caller.of(authentication), incidentId, ModeQuery.of(mode), Page.page(page), Page.size(size));
    }

    @Get("/{id}")
    public ChecklistView get(Authentication authentication, @PathVariable UUID id) {
        return checklists.get(Caller.of(authentication), id);
    }

    /** Ticks a step: who and when from the token, the note from the body; another country's checklist → 403. */
    @Post("/{id}/steps/{stepId}/tick")
    @Secured({Roles.DUTY_OFFICER, Roles.NCP, Roles.PLAN_OWNER})
    public ChecklistView tick(Authentication authentication, @PathVariable UUID id, @PathVariable String stepId, @Valid @Nullable @Body Tick body) {
        if (body != null && body.note() != null && body.note().length() > 5000) {
            throw ProblemException.invalid("note", "at most 5000 characters");
        }
        return checklists.tick(Caller.of(authentication), id, stepId, body == null ? null : body.note());
    }

}
