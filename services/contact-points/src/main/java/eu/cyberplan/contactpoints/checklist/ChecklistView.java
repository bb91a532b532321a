package eu.cyberplan.contactpoints.checklist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A country's playbook checklist on an incident (DESIGN §9): the steps of the plan version in force when it was
 * attached, from {@code startedAt} (the reporter's awareness, or when the alert reached a recipient), and its progress.
 */
@Serdeable
public record ChecklistView(UUID id, UUID incidentId, String country, int planVersion, String rsitClass, @Nullable String rsitType,
                            String mode, @Nullable UUID exerciseId, Instant startedAt, List<ChecklistStep> steps, ChecklistProgress progress,
                            @Nullable Instant closedAt) {
}
