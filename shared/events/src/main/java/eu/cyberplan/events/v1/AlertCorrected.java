package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction of an alert, sent to a recipient that got the original: an alert of its own ({@code alertId}, with its
 * own receipts and deadline) that names the alert it corrects. {@code title} is null for TLP:RED.
 */
@Serdeable
public record AlertCorrected(
        UUID alertId,
        UUID correctsAlertId,
        UUID incidentId,
        String country,
        String severity,
        String tlp,
        String mode,
        UUID exerciseId,
        String title,
        String change,
        String reporterCountry,
        Instant dispatchedAt,
        Instant ackDeadline) {
}
