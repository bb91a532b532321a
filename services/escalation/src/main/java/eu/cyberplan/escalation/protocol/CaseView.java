package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.checklist.CaseChecklist;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as the API shows it (DESIGN §9): level and history, every alert with its receipt, the counts, and each
 * country's playbook checklist progress. {@code disclosure}: what of it the marking shares with the reader
 * ({@code CONTENT}, or {@code EXISTENCE} with title, notes and reasons left out).
 */
@Serdeable
public record CaseView(UUID incidentId, String reference, String reporterCountry, String title, String severity, String tlp,
                       String status, Instant openedAt, Instant closedAt, String level, List<LevelChange> levelHistory,
                       int planVersion, String mode, UUID exerciseId, List<CaseAlert> alerts, CaseCounts counts,
                       List<CaseChecklist> checklists, String disclosure) {
}
