package eu.cyberplan.escalation.situation;

import eu.cyberplan.escalation.assistance.Assistance;
import eu.cyberplan.escalation.checklist.CaseChecklists;
import eu.cyberplan.escalation.collaboration.Collaboration;
import eu.cyberplan.escalation.protocol.CaseAccess;
import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.escalation.sitrep.SituationReports;
import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.Disclosure;
import eu.cyberplan.platform.sharing.TlpSharing;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The integrated situational awareness of a case (DESIGN §14) for the coordinators and the countries taking part, under
 * the TLP rules of the case: the situation view, and at the political level the report made of it. Reading an
 * AMBER+STRICT or RED case's content is in the audit trail, and every report made is, whatever the marking: it is a
 * document that leaves CyberPlan.
 */
@Singleton
public class Situations {

    private final CaseAccess access;
    private final CaseStore cases;
    private final SituationReports reports;
    private final CaseChecklists checklists;
    private final Assistance assistance;
    private final AuditTrail audit;
    private final Collaboration collaboration;
    private final Clock clock;

    public Situations(CaseAccess access, CaseStore cases, SituationReports reports, CaseChecklists checklists, Assistance assistance,
                      AuditTrail audit, Collaboration collaboration, Clock clock) {
        this.collaboration = collaboration;
        this.access = access;
        this.cases = cases;
        this.reports = reports;
        this.checklists = checklists;
        this.assistance = assistance;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SituationView view(Caller caller, UUID incidentId) {
        ProtocolCase c = access.readable(caller, incidentId);
        Disclosure disclosure = access.disclosure(caller, c);
        if (disclosure == Disclosure.CONTENT && TlpSharing.readAudited(c.tlp())) {
            audit.recordAlone(record("case.situation-read", c));
        }
        return view(caller, c, disclosure, cases.alerts(incidentId));
    }

    /** The report of a case at the political level; 409 below it. */
    @Transactional(readOnly = true)
    public IsaReport report(Caller caller, UUID incidentId) {
        ProtocolCase c = access.readable(caller, incidentId);
        IsaReport.refusal(c.level()).ifPresent(why -> {
            throw ProblemException.conflict(why);
        });
        Disclosure disclosure = access.disclosure(caller, c);
        List<CaseAlert> alerts = cases.alerts(incidentId);
        SituationView situation = view(caller, c, disclosure, alerts);
        audit.recordAlone(record("case.isa-report", c).with("by", caller.username()).with("disclosure", disclosure.name()));
        return new IsaReport(IsaReport.KIND, c.incidentId(), c.reference(), c.tlp().label(), c.mode(), c.level().name(), c.ipcrMode(), situation.at(),
                caller.username(), IsaReport.summarise(situation, alerts), situation);
    }

    private SituationView view(Caller caller, ProtocolCase c, Disclosure disclosure, List<CaseAlert> alerts) {
        UUID incidentId = c.incidentId();
        List<SituationView.CountryReport> latest = reports.latestPerCountry(incidentId, disclosure).stream()
                .map(p -> new SituationView.CountryReport(p.country(), p.report().version(), p.report().impactSeverity(), p.report().impactOutlook(),
                        p.report().text(), p.report().publishedBy(), p.report().publishedAt()))
                .sorted(Comparator.comparing(SituationView.CountryReport::publishedAt).reversed()).toList();
        List<SituationView.OpenDeadline> open = alerts.stream()
                .filter(alert -> alert.active() && alert.acknowledgedAt() == null && alert.status() != CaseAlert.Status.ACKNOWLEDGED)
                .map(alert -> new SituationView.OpenDeadline(alert.alertId(), alert.country(), alert.kind().name(), alert.status().name(),
                        alert.ackDeadline(), alert.backupDeadline()))
                .sorted(Comparator.comparing(SituationView.OpenDeadline::ackDeadline, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<SituationView.LevelDecision> decisions = cases.levelHistory(incidentId).stream()
                .map(step -> new SituationView.LevelDecision(step.level(), step.changedBy(), disclosure.redact(step.reason()), step.changedAt()))
                .toList();
        return new SituationView(c.incidentId(), c.reference(), c.reporterCountry(), disclosure.redact(c.title()), c.severity().name(), c.tlp().label(),
                c.status().name(), c.level().name(), disclosure.name(), clock.instant(), latest, checklists.of(incidentId),
                assistance.ofCase(caller, incidentId), open, decisions, collaboration.states(incidentId));
    }

    private static AuditRecord record(String action, ProtocolCase c) {
        return AuditRecord.of(action, "case", c.incidentId(), c.reporterCountry()).with("tlp", c.tlp().label()).with("mode", c.mode().name());
    }
}
