package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A NIS2 reporting clock of an incident is {@code percent} % gone (50 or 90) and its report not in yet (DESIGN §14):
 * the reporting country's on-duty officer is reminded that {@code stage} is due at {@code dueAt}. Sent once per clock
 * and percentage by the node holding the incident; carries its reference, never its title.
 */
@Serdeable
public record IncidentDeadlineReminder(
        UUID incidentId,
        String reference,
        String reporterCountry,
        String stage,
        int percent,
        Instant dueAt,
        Instant remindedAt,
        String severity,
        String tlp,
        String mode,
        UUID exerciseId) {
}
