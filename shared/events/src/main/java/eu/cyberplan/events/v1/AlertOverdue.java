package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert missed its acknowledgement deadline: the recipient's inbox marks it OVERDUE and sends it on the backup
 * channel; {@code ackDeadline} is the new, shorter backup deadline, {@code missedDeadline} the one missed.
 */
@Serdeable
public record AlertOverdue(
        UUID alertId,
        UUID incidentId,
        String country,
        String severity,
        String mode,
        UUID exerciseId,
        Instant dispatchedAt,
        Instant missedDeadline,
        Instant ackDeadline,
        Instant overdueAt) {
}
