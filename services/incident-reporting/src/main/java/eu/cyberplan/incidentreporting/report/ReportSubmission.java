package eu.cyberplan.incidentreporting.report;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentReportSubmitted;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.incidentreporting.deadline.Deadline;
import eu.cyberplan.incidentreporting.deadline.ReportingDeadlines;
import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;
import eu.cyberplan.incidentreporting.incident.Impact;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.incidentreporting.incident.IncidentAccess;
import eu.cyberplan.incidentreporting.incident.IncidentDraft;
import eu.cyberplan.incidentreporting.incident.IncidentEvents;
import eu.cyberplan.incidentreporting.incident.IncidentLedger;
import eu.cyberplan.incidentreporting.incident.IncidentSignificance;
import eu.cyberplan.incidentreporting.incident.IncidentStore;
import eu.cyberplan.incidentreporting.incident.FieldChange;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.TlpSharing;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Takes a further NIS2 report: stage order first (409), then the body (422), then the report, the incident's next
 * version (severity, impact, indicators, root cause, the clocks, significance re-assessed) and exactly one
 * {@code incident.report-submitted} event saying which fields the report changed, together or not at all.
 */
@Singleton
public class ReportSubmission {

    private final IncidentAccess access;
    private final IncidentLedger ledger;
    private final IncidentStore incidents;
    private final IncidentSignificance significance;
    private final ReportStore reports;
    private final Outbox outbox;
    private final ReportRules rules;
    private final Clock clock;

    public ReportSubmission(IncidentAccess access, IncidentLedger ledger, IncidentStore incidents, IncidentSignificance significance,
                            ReportStore reports, Outbox outbox, Taxonomies taxonomies, Clock clock) {
        this.access = access;
        this.ledger = ledger;
        this.incidents = incidents;
        this.significance = significance;
        this.reports = reports;
        this.outbox = outbox;
        this.rules = new ReportRules(taxonomies.nis2());
        this.clock = clock;
    }

    @Transactional
    public SubmittedReport submit(Caller caller, UUID incidentId, ReportBody body) {
        if (!ReportRules.STAGES.contains(body.stage())) {
            throw ProblemException.invalid("stage", "must be one of " + ReportRules.STAGES + " (the early warning is POST /incidents)");
        }
        Incident before = access.changeable(caller, incidentId);
        StageOrder.refusal(body.stage(), before.status(), before.timeline()).ifPresent(reason -> {
            throw ProblemException.conflict(reason);
        });
        Instant now = clock.instant();
        List<FieldError> errors = rules.check(body, before.awareAt(), now);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Deadline clockOfStage = ReportingDeadlines.of(before.timeline(), now).stream()
                .filter(d -> d.stage().equals(body.stage())).findFirst().orElseThrow();
        boolean late = clockOfStage.dueAt() != null && now.isAfter(clockOfStage.dueAt());
        Incident after = next(before, body, now);
        IncidentStore.Stored stored = incidents.stored(incidentId).orElseThrow();
        String rootCause = Optional.ofNullable(body.rootCause()).orElse(stored.rootCause());
        IncidentSignificance.Result assessed = significance.of(after, rootCause,
                body.significanceFigures() != null ? body.significanceFigures() : stored.facts());
        List<FieldChange> changes = ledger.changed(before, after, caller.username(), "REPORT_" + body.stage(), null,
                new IncidentStore.Assessed(rootCause, assessed));
        SubmittedReport report = new SubmittedReport(UUID.randomUUID(), incidentId, body.stage(), now, caller.username(), late,
                body.summary(), body.rootCause(), body.rootCauseDescription(), body.mitigationsApplied(), body.mitigationsOngoing(),
                body.crossBorderImpact());
        reports.insert(report, body);
        outbox.add(OutboxEvent.of(Topics.INCIDENTS, EventTypes.INCIDENT_REPORT_SUBMITTED, incidentId, after.reporterCountry(),
                        new IncidentReportSubmitted(incidentId, after.reference(), after.reporterCountry(), report.id(), report.stage(), now,
                                caller.username(), late, after.severity().name(), after.tlp().label(), assessed.significant(), after.version(),
                                IncidentEvents.toldRecipients(changes), TlpSharing.onSharedCluster(after.tlp(), after.title()), after.affectedCountries(),
                                after.crossBorder(), after.mode().name(), after.exerciseId()))
                .marked(after.mode(), after.exerciseId(), after.tlp()));
        return report;
    }

    private static Incident next(Incident before, ReportBody body, Instant now) {
        IncidentDraft draft = IncidentDraft.of(before);
        draft.stage = body.stage();
        if (body.severity() != null) {
            draft.severity = Severity.valueOf(body.severity());
        }
        draft.impact = Optional.ofNullable(before.impact()).orElse(Impact.NONE).updatedBy(body.impact());
        if (body.indicators() != null) {
            Set<eu.cyberplan.incidentreporting.incident.Indicator> merged = new LinkedHashSet<>(before.indicators());
            merged.addAll(body.indicators());
            draft.indicators = List.copyOf(merged);
        }
        draft.timeline = timeline(before.timeline(), body, now);
        return draft.next(now);
    }

    private static ReportingTimeline timeline(ReportingTimeline t, ReportBody body, Instant now) {
        ReportingTimeline next = switch (body.stage()) {
            case "NOTIFICATION" -> t.withNotification(now);
            case "INTERMEDIATE" -> t.withIntermediate(now);
            case "PROGRESS" -> t.withProgress(now);
            default -> t.withFinal(now);
        };
        if (body.handledAt() != null) {
            return next.withHandled(body.handledAt());
        }
        // A final report says the incident has been handled: by then at the latest.
        return "FINAL".equals(body.stage()) && t.handledAt() == null ? next.withHandled(now) : next;
    }
}
