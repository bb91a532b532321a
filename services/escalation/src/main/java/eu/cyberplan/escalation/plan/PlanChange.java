package eu.cyberplan.escalation.plan;

import jakarta.validation.Valid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** The body of {@code PUT /api/v1/plan}: the next version's rules and why it changes; the levels and routing are fixed. */
@Serdeable
public record PlanChange(
        @NotBlank @Size(max = 2000) String reason,
        @Nullable @Valid ProtocolPlan.CaseOpening caseOpening,
        @Nullable @Size(max = 10) Map<@Size(max = 20) String, @Size(max = 40) String> acknowledgementSla,
        @Nullable @Size(max = 10) Map<@Size(max = 20) String, @Size(max = 40) String> backupSla,
        @Nullable Boolean notifyCoordinatorWhenBackupMisses,
        @Nullable @Valid ProtocolPlan.Raise raiseOnOverdue) {
}
