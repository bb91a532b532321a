package eu.cyberplan.escalation.situation;

import eu.cyberplan.escalation.assistance.AssistanceViews;
import eu.cyberplan.escalation.checklist.CaseChecklist;
import eu.cyberplan.escalation.collaboration.CaseTimeline;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The integrated situational awareness of a case (DESIGN §14, {@code GET /cases/{id}/situation}): where it stands, the
 * latest situation report of each country that published one, each country's checklist progress, the assistance asked
 * and offered, the deadlines still open, every level decision and where each country taking part says it stands — what a coordinator hands to the operational and
 * political levels. Text the incident's marking keeps from the caller is left out, as everywhere.
 */
@Serdeable
public record SituationView(UUID incidentId, String reference, String reporterCountry, @Nullable String title, String severity, String tlp,
                            String status, String level, String disclosure, Instant at, List<CountryReport> situationReports,
                            List<CaseChecklist> checklists, List<AssistanceViews.Request> assistance, List<OpenDeadline> openDeadlines,
                            List<LevelDecision> levelDecisions, List<CaseTimeline.CountryState> countryStatuses) {

    /** The latest situation report a country ({@code EU}: the coordinators) published on the case. */
    @Serdeable
    public record CountryReport(@Nullable String country, int version, String impactSeverity, String impactOutlook, @Nullable String text,
                                String publishedBy, Instant publishedAt) {
    }

    /** An alert of the case nobody has acknowledged yet, with the deadline it runs to now. */
    @Serdeable
    public record OpenDeadline(UUID alertId, String country, String kind, String status, Instant ackDeadline, @Nullable Instant backupDeadline) {
    }

    /** Who set the case to a level, why and when (the first entry is the case opening at TECHNICAL). */
    @Serdeable
    public record LevelDecision(String level, String decidedBy, @Nullable String reason, Instant at) {
    }
}
