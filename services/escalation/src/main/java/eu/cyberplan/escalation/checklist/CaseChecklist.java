package eu.cyberplan.escalation.checklist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One country's playbook progress on a case: containment and repair steps done of their totals ("4/6"), open steps past
 * due, and the done steps its national plan says are reported to the EU level.
 */
@Serdeable
public record CaseChecklist(String country, UUID checklistId, int planVersion, String containment, String repair, int overdueSteps,
                            Instant updatedAt, @Nullable List<ReportedStep> reportedSteps) {

    /** A done step reported to the EU level. */
    @Serdeable
    public record ReportedStep(String stepId, String phase, String title, @Nullable String doneBy, Instant doneAt) {
    }
}
