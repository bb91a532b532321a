package eu.cyberplan.escalation.sitrep;

import eu.cyberplan.escalation.checklist.CaseChecklist;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One version of a case's situation report, as published, with each country's checklist progress at that moment. */
@Serdeable
public record SituationReport(UUID incidentId, int version, String impactSeverity, String impactOutlook, List<String> affectedCountries,
                              List<String> sectors, String rootCause, String text, String publishedBy, Instant publishedAt,
                              List<CaseChecklist> checklists) {
}
