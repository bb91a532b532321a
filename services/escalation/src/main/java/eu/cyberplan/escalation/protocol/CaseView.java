package eu.cyberplan.escalation.protocol;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as the API shows it (DESIGN §9): level and history, every alert with its receipt, and the counts. */
@Serdeable
public record CaseView(UUID incidentId, String reference, String reporterCountry, String title, String severity, String tlp,
                       String status, Instant openedAt, Instant closedAt, String level, List<LevelChange> levelHistory,
                       int planVersion, String mode, UUID exerciseId, List<CaseAlert> alerts, CaseCounts counts) {
}
