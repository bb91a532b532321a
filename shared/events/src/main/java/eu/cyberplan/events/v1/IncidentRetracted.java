package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** The reporting CSIRT withdrew an incident (it was not one, or was filed in error): every recipient must learn of it. */
@Serdeable
public record IncidentRetracted(
        UUID incidentId,
        String reference,
        String reporterCountry,
        String reason,
        String retractedBy,
        Instant retractedAt,
        String severity,
        String tlp,
        String mode,
        UUID exerciseId) {
}
