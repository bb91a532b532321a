package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A recall of an alert (the incident was retracted or the alert sent in error), sent to a recipient that got the
 * original: an alert of its own ({@code alertId}, with its own receipts) that names the alert it recalls.
 * {@code accessWithdrawn}: the incident's TLP marking no longer shares it with this country, so what it holds of it
 * (inbox text, checklist, read grant) goes too; false for a recall of the whole incident (retraction).
 */
@Serdeable
public record AlertRecalled(
        UUID alertId,
        UUID recallsAlertId,
        UUID incidentId,
        String country,
        String severity,
        String tlp,
        String mode,
        UUID exerciseId,
        String reason,
        String reporterCountry,
        Instant dispatchedAt,
        Instant ackDeadline,
        boolean accessWithdrawn) {
}
