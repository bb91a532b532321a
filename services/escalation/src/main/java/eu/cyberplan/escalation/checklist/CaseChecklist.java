package eu.cyberplan.escalation.checklist;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One country's playbook progress on a case: containment and repair steps done of their totals ("4/6"), open steps past due. */
@Serdeable
public record CaseChecklist(String country, UUID checklistId, int planVersion, String containment, String repair, int overdueSteps,
                            Instant updatedAt) {
}
