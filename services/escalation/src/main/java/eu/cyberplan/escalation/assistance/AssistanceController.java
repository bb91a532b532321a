package eu.cyberplan.escalation.assistance;

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

/** Assistance on a case: {@code /api/v1/cases/{incidentId}/assistance-requests}, its offers and the requester's decisions. */
@Controller("/api/v1/cases/{incidentId}/assistance-requests")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssistanceController {

    private final Assistance assistance;

    public AssistanceController(Assistance assistance) {
        this.assistance = assistance;
    }

    @Post
    @Secured({Roles.DUTY_OFFICER, Roles.NCP})
    public HttpResponse<AssistanceViews.Request> request(Authentication authentication, @PathVariable UUID incidentId,
                                                         @Valid @Body AssistanceViews.RequestBody body) {
        AssistanceViews.Request request = assistance.request(Caller.of(authentication), incidentId, body);
        return HttpResponse.created(request, URI.create("/api/v1/cases/" + incidentId + "/assistance-requests/" + request.id()));
    }

    @Post("/{requestId}/offers")
    @Secured({Roles.DUTY_OFFICER, Roles.NCP})
    public HttpResponse<AssistanceViews.Offer> offer(Authentication authentication, @PathVariable UUID incidentId, @PathVariable UUID requestId,
                                                     @Valid @Body AssistanceViews.OfferBody body) {
        AssistanceViews.Offer offer = assistance.offer(Caller.of(authentication), incidentId, requestId, body);
        return HttpResponse.created(offer, URI.create("/api/v1/cases/" + incidentId + "/assistance-requests/" + requestId + "/offers/" + offer.id()));
    }

    @Post("/{requestId}/offers/{offerId}/decision")
    @Secured({Roles.DUTY_OFFICER, Roles.NCP})
    public AssistanceViews.Request decide(Authentication authentication, @PathVariable UUID incidentId, @PathVariable UUID requestId,
                                          @PathVariable UUID offerId, @Valid @Body AssistanceViews.DecisionBody body) {
        return assistance.decide(Caller.of(authentication), incidentId, requestId, offerId, body);
    }

    /** The coordinators activate the EU Cybersecurity Reserve for the request, or refuse it with a reason. */
    @Post("/{requestId}/reserve-decision")
    @Secured(Roles.COORDINATOR)
    public AssistanceViews.Request decideReserve(Authentication authentication, @PathVariable UUID incidentId, @PathVariable UUID requestId,
                                                 @Valid @Body AssistanceViews.ReserveDecisionBody body) {
        return assistance.decideReserve(Caller.of(authentication), incidentId, requestId, body);
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<AssistanceViews.Request> list(Authentication authentication, @PathVariable UUID incidentId) {
        return assistance.ofCase(Caller.of(authentication), incidentId);
    }
}
