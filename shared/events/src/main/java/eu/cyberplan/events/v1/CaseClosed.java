package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A protocol case closed: the incident closed or was retracted, or a coordinator closed it. Its pending deadlines are cancelled. */
@Serdeable
public record CaseClosed(
        UUID incidentId,
        String reporterCountry,
        String reason,
        String closedBy,
        Instant closedAt,
        String mode,
        UUID exerciseId) {
}
