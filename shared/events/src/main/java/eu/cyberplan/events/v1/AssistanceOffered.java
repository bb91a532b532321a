package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A country offers assistance on another country's request. */
@Serdeable
public record AssistanceOffered(
        UUID offerId,
        UUID requestId,
        UUID incidentId,
        String country,
        String requestingCountry,
        String capability,
        Instant availableFrom,
        String offeredBy,
        Instant offeredAt,
        String mode,
        UUID exerciseId) {
}
