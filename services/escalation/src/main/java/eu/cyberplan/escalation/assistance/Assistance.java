package eu.cyberplan.escalation.assistance;

import eu.cyberplan.escalation.nationalplan.NationalPlanStatuses;
import eu.cyberplan.escalation.protocol.CaseAccess;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.events.v1.AssistanceAccepted;
import eu.cyberplan.events.v1.AssistanceOffered;
import eu.cyberplan.events.v1.AssistanceRequested;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.Disclosure;
import eu.cyberplan.platform.sharing.TlpSharing;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Assistance on a case (DESIGN §5.9, {@link AssistanceRules}): a party country requests, other countries offer, the
 * requester accepts (publishing {@code assistance.accepted}) or declines with a reason (recorded, no event). Each request
 * suggests the countries whose current national plan declares a capability of its kind, and each offer says whether it
 * comes from one of them.
 */
@Singleton
public class Assistance {

    private final CaseAccess access;
    private final AssistanceStore store;
    private final NationalPlanStatuses nationalPlans;
    private final Outbox outbox;
    private final Clock clock;

    public Assistance(CaseAccess access, AssistanceStore store, NationalPlanStatuses nationalPlans, Outbox outbox, Clock clock) {
        this.access = access;
        this.store = store;
        this.nationalPlans = nationalPlans;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public AssistanceViews.Request request(Caller caller, UUID incidentId, AssistanceViews.RequestBody body) {
        ProtocolCase c = access.changeable(caller, incidentId);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>(AssistanceRules.request(body.kind(), body.needs(), body.neededBy(), now));
        errors.addAll(AssistanceRules.asked(body.countries(), country(caller)));
        errors.addAll(AssistanceRules.reserve(body.kind(), body.reserve(), body.countries()));
        invalidIfAny(errors);
        boolean reserve = AssistanceRules.RESERVE.equals(body.kind());
        AssistanceViews.Request request = new AssistanceViews.Request(UUID.randomUUID(), incidentId, country(caller), body.kind(), body.needs(),
                body.neededBy(), AssistanceRules.OPEN, caller.username(), now, List.of(), List.of(), reserve ? trimmed(body.reserve()) : null, null);
        store.insert(request);
        AssistanceViews.Request suggesting = suggesting(request);
        // Reached: whom the plans suggest, and whom the requester named (DESIGN §14); each gets an ASSISTANCE item. The
        // Reserve is asked of the coordinators: the EU inbox gets the item.
        Set<String> asked = new LinkedHashSet<>();
        if (reserve) {
            asked.add(Caller.EU);
        } else {
            suggesting.suggestions().forEach(suggestion -> asked.add(suggestion.country()));
            asked.addAll(body.countries() == null ? List.of() : body.countries());
            asked.remove(request.country());
        }
        store.ask(request.id(), List.copyOf(asked));
        AssistanceViews.Reserve part = request.reserve();
        publish(c, EventTypes.ASSISTANCE_REQUESTED, new AssistanceRequested(request.id(), incidentId, request.country(), request.kind(),
                TlpSharing.onSharedCluster(c.tlp(), request.needs()), request.neededBy(), caller.username(), now, c.mode().name(), c.exerciseId(),
                List.copyOf(asked), c.severity().name(), part == null ? null : TlpSharing.onSharedCluster(c.tlp(), part.entities()),
                part == null ? null : TlpSharing.onSharedCluster(c.tlp(), part.locations()), part == null ? null : part.expectedDuration()));
        return suggesting;
    }

    /** The coordinators activate the EU Cybersecurity Reserve for a request of that kind, or refuse it with a reason, once. */
    @Transactional
    public AssistanceViews.Request decideReserve(Caller caller, UUID incidentId, UUID requestId, AssistanceViews.ReserveDecisionBody body) {
        access.changeable(caller, incidentId);
        AssistanceViews.Request request = store.lock(incidentId, requestId)
                .orElseThrow(() -> ProblemException.notFound("no assistance request " + requestId + " on this case"));
        AssistanceRules.reserveDecisionConflict(request.kind(), request.reserveDecision() == null ? null : request.reserveDecision().decision())
                .ifPresent(reason -> {
                    throw ProblemException.conflict(reason);
                });
        invalidIfAny(AssistanceRules.reserveDecision(body.activated(), body.reason()));
        store.decideReserve(requestId, new AssistanceViews.ReserveDecision(body.activated() ? AssistanceRules.ACTIVATED : AssistanceRules.REFUSED,
                body.reason() == null || body.reason().isBlank() ? null : body.reason().strip(), caller.username(), clock.instant()));
        return suggesting(store.lock(incidentId, requestId).orElseThrow());
    }

    private static AssistanceViews.Reserve trimmed(AssistanceViews.Reserve reserve) {
        return new AssistanceViews.Reserve(reserve.entities().stream().map(String::strip).toList(), reserve.locations().stream().map(String::strip).toList(),
                reserve.expectedDuration(), reserve.mitigation() == null || reserve.mitigation().isBlank() ? null : reserve.mitigation().strip());
    }

    @Transactional
    public AssistanceViews.Offer offer(Caller caller, UUID incidentId, UUID requestId, AssistanceViews.OfferBody body) {
        ProtocolCase c = access.changeable(caller, incidentId);
        AssistanceViews.Request request = store.lock(incidentId, requestId)
                .orElseThrow(() -> ProblemException.notFound("no assistance request " + requestId + " on this case"));
        String country = country(caller);
        AssistanceRules.offerRefusedField(country, request.country()).ifPresent(error -> invalidIfAny(List.of(error)));
        if (body.capability() == null || body.capability().isBlank()) {
            invalidIfAny(List.of(new FieldError("capability", "say what you offer")));
        }
        AssistanceRules.offerConflict(request.kind(), request.status()).ifPresent(reason -> {
            throw ProblemException.conflict(reason);
        });
        Instant now = clock.instant();
        AssistanceViews.Offer offer = new AssistanceViews.Offer(UUID.randomUUID(), country, body.capability(), body.availableFrom(),
                caller.username(), now, null, null, null, null, false);
        store.insert(requestId, offer);
        publish(c, EventTypes.ASSISTANCE_OFFERED, new AssistanceOffered(offer.id(), requestId, incidentId, country, request.country(),
                TlpSharing.onSharedCluster(c.tlp(), offer.capability()), offer.availableFrom(), caller.username(), now, c.mode().name(), c.exerciseId()));
        return offer.declared(nationalPlans.capableOf(request.kind(), request.country()).stream().anyMatch(s -> s.country().equals(country)));
    }

    @Transactional
    public AssistanceViews.Request decide(Caller caller, UUID incidentId, UUID requestId, UUID offerId, AssistanceViews.DecisionBody body) {
        ProtocolCase c = access.changeable(caller, incidentId);
        AssistanceViews.Request request = store.lock(incidentId, requestId)
                .orElseThrow(() -> ProblemException.notFound("no assistance request " + requestId + " on this case"));
        if (!caller.belongsTo(request.country())) {
            throw ProblemException.forbidden("only " + request.country() + ", which asked, decides on the offers");
        }
        AssistanceViews.Offer offer = request.offers().stream().filter(o -> o.id().equals(offerId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no offer " + offerId + " on this request"));
        AssistanceRules.decisionConflict(offer.decision()).ifPresent(reason -> {
            throw ProblemException.conflict(reason);
        });
        invalidIfAny(AssistanceRules.decision(body.accepted(), body.reason()));
        Instant now = clock.instant();
        store.decide(offerId, body.accepted() ? "ACCEPTED" : "DECLINED", body.reason(), caller.username(), now);
        if (body.accepted()) {
            store.setStatus(requestId, AssistanceRules.ACCEPTED);
            publish(c, EventTypes.ASSISTANCE_ACCEPTED, new AssistanceAccepted(offerId, requestId, incidentId, request.country(), offer.country(),
                    TlpSharing.onSharedCluster(c.tlp(), body.reason()), caller.username(), now, c.mode().name(), c.exerciseId()));
        }
        return suggesting(store.lock(incidentId, requestId).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<AssistanceViews.Request> ofCase(Caller caller, UUID incidentId) {
        Disclosure disclosure = access.disclosure(caller, access.readable(caller, incidentId));
        return store.ofCase(incidentId).stream().map(this::suggesting).map(request -> request.shownWith(disclosure)).toList();
    }

    /** The request with the countries whose national plan declares its kind, and its offers marked when they come from one. */
    private AssistanceViews.Request suggesting(AssistanceViews.Request request) {
        return request.suggesting(nationalPlans.capableOf(request.kind(), request.country()));
    }

    private static String country(Caller caller) {
        return CountryCodes.normalise(caller.country()).orElse(caller.country());
    }

    private static void invalidIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void publish(ProtocolCase c, String type, Object payload) {
        outbox.add(OutboxEvent.of(Topics.PROTOCOL, type, c.incidentId(), "EU", payload)
                .marked(c.mode(), c.exerciseId(), c.tlp()));
    }
}
