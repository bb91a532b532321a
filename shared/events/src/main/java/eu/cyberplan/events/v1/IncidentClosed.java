package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** The reporting CSIRT closed an incident it has handled; its final report is due one month after {@code handledAt}. */
@Serdeable
public record IncidentClosed(
        UUID incidentId,
        String reference,
        String reporterCountry,
        Instant handledAt,
        String reason,
        String closedBy,
        Instant closedAt,
        String tlp,
        String mode,
        UUID exerciseId) {
}
