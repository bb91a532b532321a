package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The reporting duty officer asks for the incident to be handled at a higher crisis level (TECHNICAL → OPERATIONAL).
 * For TLP:RED incidents {@code reason} is null.
 */
@Serdeable
public record IncidentEscalationRequested(
        UUID incidentId,
        String reference,
        String reporterCountry,
        String reason,
        String requestedBy,
        Instant requestedAt,
        String severity,
        String tlp,
        String mode,
        UUID exerciseId) {
}
