package eu.cyberplan.escalation.situation;

import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Mode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The integrated situational awareness report a coordinator hands to the political level (IPCR) once a case is there
 * (DESIGN §14): the situation view as it stood when the report was made, with a summary on top. It is exported as JSON
 * and as a printable page, both under the case's marking.
 */
@Serdeable
public record IsaReport(String kind, UUID incidentId, @Nullable String reference, String tlp, Mode mode, String level, @Nullable String ipcrMode,
                        Instant generatedAt, String generatedBy, Summary summary, SituationView situation) {

    public static final String KIND = "integrated-situational-awareness-report";

    /** The counts a reader takes in first; impact and outlook are those of the worst latest report (nis2 taxonomy). */
    @Serdeable
    public record Summary(int countriesAlerted, int countriesAcknowledged, int alertsOpen, int alertsOverdue, int countriesReporting,
                          @Nullable String worstImpact, @Nullable String outlookOfWorst, int assistanceOpen, int assistanceMet,
                          int checklistsWithOverdueSteps) {
    }

    /** Impact severities of the nis2 taxonomy, worst first. */
    static final List<String> IMPACT_WORST_FIRST = List.of("red", "yellow", "green", "white");

    /** Why no report can be made of a case at this level (the political level makes the report), or empty. */
    public static Optional<String> refusal(CrisisLevel level) {
        return level == CrisisLevel.POLITICAL ? Optional.empty()
                : Optional.of("the integrated situational awareness report is made for the political level (IPCR): the case is at " + level
                + "; its situation view is GET /api/v1/cases/{id}/situation");
    }

    /** The summary of a situation: countries are counted by their latest alert, corrections and recalls aside. */
    public static Summary summarise(SituationView situation, Collection<CaseAlert> alerts) {
        List<CaseAlert> active = alerts.stream().filter(a -> a.kind() == CaseAlert.Kind.ALERT && a.active()).toList();
        Set<String> alerted = active.stream().map(CaseAlert::country).collect(Collectors.toSet());
        Set<String> acknowledged = active.stream().filter(a -> a.acknowledgedAt() != null || a.status() == CaseAlert.Status.ACKNOWLEDGED)
                .map(CaseAlert::country).collect(Collectors.toSet());
        long overdue = situation.openDeadlines().stream()
                .filter(d -> CaseAlert.Status.OVERDUE.name().equals(d.status()) || CaseAlert.Status.ESCALATED.name().equals(d.status())).count();
        Optional<SituationView.CountryReport> worst = situation.situationReports().stream()
                .filter(r -> IMPACT_WORST_FIRST.contains(r.impactSeverity()))
                .min((a, b) -> Integer.compare(IMPACT_WORST_FIRST.indexOf(a.impactSeverity()), IMPACT_WORST_FIRST.indexOf(b.impactSeverity())));
        int open = (int) situation.assistance().stream().filter(r -> "OPEN".equals(r.status())).count();
        return new Summary(alerted.size(), acknowledged.size(), situation.openDeadlines().size(), (int) overdue,
                (int) situation.situationReports().stream().map(SituationView.CountryReport::country).filter(c -> c != null && !"EU".equals(c)).distinct().count(),
                worst.map(SituationView.CountryReport::impactSeverity).orElse(null), worst.map(SituationView.CountryReport::impactOutlook).orElse(null),
                open, situation.assistance().size() - open, (int) situation.checklists().stream().filter(c -> c.overdueSteps() > 0).count());
    }
}
