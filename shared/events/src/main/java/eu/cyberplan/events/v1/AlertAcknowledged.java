package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A person of the recipient country acknowledged an alert. */
@Serdeable
public record AlertAcknowledged(
        UUID alertId,
        UUID incidentId,
        String country,
        Instant dispatchedAt,
        Instant ackDeadline,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String note) {
}
