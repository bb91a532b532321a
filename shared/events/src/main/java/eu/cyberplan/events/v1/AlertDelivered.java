package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An alert reached the inbox of its recipient country. */
@Serdeable
public record AlertDelivered(
        UUID alertId,
        UUID incidentId,
        String country,
        Instant dispatchedAt,
        Instant ackDeadline,
        Instant deliveredAt) {
}
