package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A change of a country's national plan proposed from a lesson learnt was drafted, approved or rejected (DESIGN §14):
 * {@code state} DRAFT, APPROVED or REJECTED (with the {@code reason}); published by the country's node, so that the
 * after-action report of the exercise the lesson came from shows what became of it.
 */
@Serdeable
public record PlanProposalChanged(
        String country,
        int version,
        UUID lessonId,
        UUID exerciseId,
        UUID incidentId,
        String state,
        String reason,
        String changedBy,
        Instant changedAt) {
}
