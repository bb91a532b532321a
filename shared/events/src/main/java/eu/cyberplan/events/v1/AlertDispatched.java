package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** The protocol sent one alert to one recipient country; {@code title} is null for TLP:RED. */
@Serdeable
public record AlertDispatched(
        UUID alertId,
        UUID incidentId,
        String country,
        String kind,
        String severity,
        String tlp,
        String mode,
        UUID exerciseId,
        String title,
        String level,
        String reporterCountry,
        Instant dispatchedAt,
        Instant ackDeadline) {
}
