package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The coordinators must act: a recipient missed its backup deadline too ({@code kind} {@code OVERDUE_NOTICE}), or the
 * reporting country asked for escalation ({@code ESCALATION_REQUEST}). contact-points puts it in the {@code EU} inbox.
 */
@Serdeable
public record CoordinatorNotified(
        UUID noticeId,
        UUID incidentId,
        UUID alertId,
        String kind,
        String country,
        String severity,
        String tlp,
        String level,
        String text,
        Instant notifiedAt,
        String mode,
        UUID exerciseId) {
}
