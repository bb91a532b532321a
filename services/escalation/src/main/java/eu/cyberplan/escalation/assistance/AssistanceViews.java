package eu.cyberplan.escalation.assistance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
    public record RequestBody(@Nullable String kind, @Nullable @Size(max = 5000) String needs, @Nullable Instant neededBy) {
    }

    /** {@code POST …/offers}. */
    @Serdeable
    public record OfferBody(@Nullable @Size(max = 5000) String capability, @Nullable Instant availableFrom) {
    }

    /** {@code POST …/decision}. */
    @Serdeable
    public record DecisionBody(@Nullable Boolean accepted, @Nullable @Size(max = 2000) String reason) {
    }

    /** One offer and what the requester decided. */
    @Serdeable
    public record Offer(UUID id, String country, String capability, Instant availableFrom, String offeredBy, Instant offeredAt,
                        String decision, String reason, String decidedBy, Instant decidedAt) {
    }

    /** One request with its offers. */
    @Serdeable
    public record Request(UUID id, UUID incidentId, String country, String kind, String needs, Instant neededBy, String status,
                          String requestedBy, Instant requestedAt, List<Offer> offers) {
    }
}
