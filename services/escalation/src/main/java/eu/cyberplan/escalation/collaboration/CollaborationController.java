package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
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

/**
 * Working a case together: {@code POST /api/v1/cases/{incidentId}/updates} (a country's status and what it says),
 * {@code GET …/updates}, {@code GET …/timeline} (everything that happened on the case, oldest first), and the lessons it
 * taught ({@code …/lessons}).
 */
@Controller("/api/v1/cases/{incidentId}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CollaborationController {

    private final Collaboration collaboration;
    private final CaseLessons lessons;

    public CollaborationController(Collaboration collaboration, CaseLessons lessons) {
        this.collaboration = collaboration;
        this.lessons = lessons;
    }

    /** A lesson learnt on the case about a country taking part (DESIGN §14), for that country's plan. */
    @Post("/lessons")
    @Secured({Roles.DUTY_OFFICER, Roles.NCP, Roles.PLAN_OWNER, Roles.COORDINATOR})
    public HttpResponse<CaseLesson> lesson(Authentication authentication, @PathVariable UUID incidentId, @Valid @Nullable @Body CaseLessonBody body) {
        CaseLesson lesson = lessons.record(Caller.of(authentication), incidentId, body);
        return HttpResponse.created(lesson, URI.create("/api/v1/cases/" + incidentId + "/lessons/" + lesson.id()));
    }

    @Get("/lessons")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<CaseLesson> lessons(Authentication authentication, @PathVariable UUID incidentId) {
        return lessons.of(Caller.of(authentication), incidentId);
    }

    @Post("/updates")
    @Secured({Roles.DUTY_OFFICER, Roles.NCP, Roles.COORDINATOR})
    public HttpResponse<CaseUpdate> post(Authentication authentication, @PathVariable UUID incidentId, @Valid @Nullable @Body UpdateBody body) {
        CaseUpdate update = collaboration.post(Caller.of(authentication), incidentId, body == null ? new UpdateBody(null, null) : body);
        return HttpResponse.created(update, URI.create("/api/v1/cases/" + incidentId + "/updates/" + update.id()));
    }

    @Get("/updates")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<CaseUpdate> updates(Authentication authentication, @PathVariable UUID incidentId) {
        return collaboration.updates(Caller.of(authentication), incidentId);
    }

    @Get("/timeline")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public CaseTimeline timeline(Authentication authentication, @PathVariable UUID incidentId) {
        return collaboration.timeline(Caller.of(authentication), incidentId);
    }
}
