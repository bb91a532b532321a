package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** The requesting country accepted an offer of assistance. */
@Serdeable
public record AssistanceAccepted(
        UUID offerId,
        UUID requestId,
        UUID incidentId,
        String requestingCountry,
        String offeringCountry,
        String reason,
        String decidedBy,
        Instant decidedAt,
        String mode,
        UUID exerciseId) {
}
