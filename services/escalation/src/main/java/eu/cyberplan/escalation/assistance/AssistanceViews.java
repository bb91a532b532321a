package eu.cyberplan.escalation.assistance;

import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.escalation.nationalplan.NationalPlanStatuses;
import io.micronaut.core.annotation.Nullable;
import eu.cyberplan.platform.sharing.Disclosure;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bodies and views of assistance: requests with their offers and the requester's decisions. */
public final class AssistanceViews {

    private AssistanceViews() {
    }

    /** {@code POST …/assistance-requests}. */
    @Serdeable
    public record RequestBody(@Nullable @Size(max = 40) @SingleLine String kind, @Nullable @Size(max = 5000) String needs, @Nullable Instant neededBy,
                              @Nullable @Size(max = 31) List<@Size(max = 8) String> countries, @Nullable @Valid Reserve reserve) {
    }

    /**
     * What a request to activate the EU Cybersecurity Reserve says besides what it needs (Regulation (EU) 2025/38): the
     * entities affected, where they are, how long the support is expected to last (ISO 8601, e.g. {@code P14D}), and the
     * measures taken already.
     */
    @Serdeable
    public record Reserve(@Nullable @Size(max = 50) List<@Size(max = 200) @SingleLine String> entities,
                          @Nullable @Size(max = 50) List<@Size(max = 200) @SingleLine String> locations,
                          @Nullable @Size(max = 40) @SingleLine String expectedDuration, @Nullable @Size(max = 5000) String mitigation) {

        Reserve shownWith(Disclosure disclosure) {
            return new Reserve(disclosure.redact(entities), disclosure.redact(locations), expectedDuration, disclosure.redact(mitigation));
        }
    }

    /** {@code POST …/reserve-decision}: the coordinators activate the Reserve for the request or refuse with a reason. */
    @Serdeable
    public record ReserveDecisionBody(@Nullable Boolean activated, @Nullable @Size(max = 2000) String reason) {
    }

    /** The coordinators' decision on a Reserve request: ACTIVATED or REFUSED, why, by whom and when. */
    @Serdeable
    public record ReserveDecision(String decision, @Nullable String reason, String decidedBy, Instant decidedAt) {

        ReserveDecision shownWith(Disclosure disclosure) {
            return new ReserveDecision(decision, disclosure.redact(reason), decidedBy, decidedAt);
        }
    }

    /** {@code POST …/offers}. */
    @Serdeable
    public record OfferBody(@Nullable @Size(max = 5000) String capability, @Nullable Instant availableFrom) {
    }

    /** {@code POST …/decision}. */
    @Serdeable
    public record DecisionBody(@Nullable Boolean accepted, @Nullable @Size(max = 2000) String reason) {
    }

    /** One offer and what the requester decided; {@code declaredInPlan}: the offering country's national plan declares this kind. */
    @Serdeable
    public record Offer(UUID id, String country, String capability, Instant availableFrom, String offeredBy, Instant offeredAt,
                        String decision, String reason, String decidedBy, Instant decidedAt, boolean declaredInPlan) {

        Offer declared(boolean inPlan) {
            return new Offer(id, country, capability, availableFrom, offeredBy, offeredAt, decision, reason, decidedBy, decidedAt, inPlan);
        }

        Offer shownWith(Disclosure disclosure) {
            return new Offer(id, country, disclosure.redact(capability), availableFrom, offeredBy, offeredAt, decision, disclosure.redact(reason),
                    decidedBy, decidedAt, declaredInPlan);
        }
    }

    /**
     * One request with its offers, and the countries whose current national plan declares a capability of its kind
     * ({@code suggestions}: whom to ask).
     */
    @Serdeable
    public record Request(UUID id, UUID incidentId, String country, String kind, String needs, Instant neededBy, String status,
                          String requestedBy, Instant requestedAt, List<Offer> offers, List<NationalPlanStatuses.Suggestion> suggestions,
                          @Nullable Reserve reserve, @Nullable ReserveDecision reserveDecision) {

        public Request(UUID id, UUID incidentId, String country, String kind, String needs, Instant neededBy, String status, String requestedBy,
                       Instant requestedAt, List<Offer> offers, List<NationalPlanStatuses.Suggestion> suggestions) {
            this(id, incidentId, country, kind, needs, neededBy, status, requestedBy, requestedAt, offers, suggestions, null, null);
        }

        Request suggesting(List<NationalPlanStatuses.Suggestion> found) {
            List<String> capable = found.stream().map(NationalPlanStatuses.Suggestion::country).toList();
            return new Request(id, incidentId, country, kind, needs, neededBy, status, requestedBy, requestedAt,
                    offers.stream().map(o -> o.declared(capable.contains(o.country()))).toList(), found, reserve, reserveDecision);
        }

        Request withOffers(List<Offer> all) {
            return new Request(id, incidentId, country, kind, needs, neededBy, status, requestedBy, requestedAt, all, suggestions, reserve, reserveDecision);
        }

        /** The request as a reader of the case sees it: what is needed, offered and why are the incident's content. */
        Request shownWith(Disclosure disclosure) {
            return new Request(id, incidentId, country, kind, disclosure.redact(needs), neededBy, status, requestedBy, requestedAt,
                    offers.stream().map(o -> o.shownWith(disclosure)).toList(), suggestions, reserve == null ? null : reserve.shownWith(disclosure),
                    reserveDecision == null ? null : reserveDecision.shownWith(disclosure));
        }
    }
}
