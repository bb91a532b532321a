package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A country asks the others for assistance on a case: containment, repair, forensics, coordination or other. */
@Serdeable
public record AssistanceRequested(
        UUID requestId,
        UUID incidentId,
        String country,
        String kind,
        String needs,
        Instant neededBy,
        String requestedBy,
        Instant requestedAt,
        String mode,
        UUID exerciseId) {
}
