package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case's crisis level changed: raised by a coordinator, by the reporting country's escalation request or by overdue
 * alerts under the plan, or lowered by a coordinator with a reason. {@code newRecipients} are the countries alerted
 * because of it; {@code ipcrMode} is set at POLITICAL.
 */
@Serdeable
public record CrisisLevelChanged(
        UUID incidentId,
        String reporterCountry,
        String fromLevel,
        String toLevel,
        String ipcrMode,
        String reason,
        String changedBy,
        Instant changedAt,
        List<String> newRecipients,
        int planVersion,
        String mode,
        UUID exerciseId) {
}
