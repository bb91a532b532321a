package eu.cyberplan.escalation.situation;

import eu.cyberplan.escalation.assistance.Assistance;
import eu.cyberplan.escalation.checklist.CaseChecklists;
import eu.cyberplan.escalation.protocol.CaseAccess;
import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.escalation.sitrep.SituationReports;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.Disclosure;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/cases/{incidentId}/situation} (DESIGN §14): the integrated situational awareness view, for the
 * coordinators and the countries taking part, under the TLP rules of the case.
 */
@Controller("/api/v1/cases/{incidentId}/situation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SituationController {

    private final CaseAccess access;
    private final CaseStore cases;
    private final SituationReports reports;
    private final CaseChecklists checklists;
    private final Assistance assistance;
    private final Clock clock;

    public SituationController(CaseAccess access, CaseStore cases, SituationReports reports, CaseChecklists checklists, Assistance assistance,
                               Clock clock) {
        this.access = access;
        this.cases = cases;
        this.reports = reports;
        this.checklists = checklists;
        this.assistance = assistance;
        this.clock = clock;
    }

    @Get
    @Transactional(readOnly = true)
    public SituationView situation(Authentication authentication, @PathVariable UUID incidentId) {
        Caller caller = Caller.of(authentication);
        ProtocolCase c = access.readable(caller, incidentId);
        Disclosure disclosure = access.disclosure(caller, c);
        List<SituationView.CountryReport> latest = reports.latestPerCountry(incidentId, disclosure).stream()
                .map(p -> new SituationView.CountryReport(p.country(), p.report().version(), p.report().impactSeverity(), p.report().impactOutlook(),
                        p.report().text(), p.report().publishedBy(), p.report().publishedAt()))
                .sorted(Comparator.comparing(SituationView.CountryReport::publishedAt).reversed()).toList();
        List<SituationView.OpenDeadline> open = cases.alerts(incidentId).stream()
                .filter(alert -> alert.active() && alert.acknowledgedAt() == null && alert.status() != CaseAlert.Status.ACKNOWLEDGED)
                .map(alert -> new SituationView.OpenDeadline(alert.alertId(), alert.country(), alert.kind().name(), alert.status().name(),
                        alert.ackDeadline(), alert.backupDeadline()))
                .sorted(Comparator.comparing(SituationView.OpenDeadline::ackDeadline, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<SituationView.LevelDecision> decisions = cases.levelHistory(incidentId).stream()
                .map(step -> new SituationView.LevelDecision(step.level(), step.changedBy(), disclosure.redact(step.reason()), step.changedAt()))
                .toList();
        return new SituationView(c.incidentId(), c.reference(), c.reporterCountry(), disclosure.redact(c.title()), c.severity().name(), c.tlp().label(),
                c.status().name(), c.level().name(), disclosure.name(), clock.instant(), latest, checklists.of(incidentId),
                assistance.ofCase(caller, incidentId), open, decisions);
    }
}
