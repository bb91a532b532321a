package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A country's playbook checklist on an incident progressed (a step was ticked): how many containment and repair steps
 * are done of how many, and how many open steps are past their target time; {@code reportedSteps}: the done steps the
 * plan says must be reported to the EU level. Carries the checklist's full progress, so the latest event per checklist
 * is all a reader needs.
 */
@Serdeable
public record ChecklistProgressed(
        UUID checklistId,
        UUID incidentId,
        String country,
        int planVersion,
        int containmentDone,
        int containmentTotal,
        int repairDone,
        int repairTotal,
        int overdueSteps,
        String stepId,
        String tickedBy,
        Instant tickedAt,
        String mode,
        UUID exerciseId,
        List<ReportedStep> reportedSteps) {

    /** A done step that the national plan says is reported to the EU level: what was done, by whom, when. */
    @Serdeable
    public record ReportedStep(String stepId, String phase, String title, String doneBy, Instant doneAt) {
    }
}
