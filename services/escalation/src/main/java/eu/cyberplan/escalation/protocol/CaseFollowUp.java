package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.exercise.ExerciseRosters;
import eu.cyberplan.escalation.plan.Plans;
import eu.cyberplan.events.v1.CoordinatorNotified;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentClosed;
import eu.cyberplan.events.v1.IncidentEscalationRequested;
import eu.cyberplan.events.v1.IncidentReportSubmitted;
import eu.cyberplan.events.v1.IncidentRetracted;
import eu.cyberplan.events.v1.IncidentUpdated;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.sharing.Reader;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an incident's later events do to its case: an escalation request raises TECHNICAL → OPERATIONAL at once and
 * tells the coordinators; a correction (or a report that changed what recipients were told) reaches every recipient,
 * carries a TLP change over to the case ({@link MarkingChanges}) and alerts the countries newly affected or newly shared with; a retraction recalls every alert and closes the case; a closure closes it.
 */
@Singleton
public class CaseFollowUp {

    private final CaseStore cases;
    private final LevelChanges levels;
    private final CaseNotices notices;
    private final MarkingChanges markingChanges;
    private final AlertRouting routing;
    private final Dispatcher dispatcher;
    private final Plans plans;
    private final Outbox outbox;
    private final Clock clock;
    private final ExerciseRosters exercises;

    public CaseFollowUp(CaseStore cases, LevelChanges levels, CaseNotices notices, MarkingChanges markingChanges, AlertRouting routing,
                        Dispatcher dispatcher, Plans plans, Outbox outbox, Clock clock, ExerciseRosters exercises) {
        this.markingChanges = markingChanges;
        this.exercises = exercises;
        this.cases = cases;
        this.levels = levels;
        this.notices = notices;
        this.routing = routing;
        this.dispatcher = dispatcher;
        this.plans = plans;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void escalationRequested(IncidentEscalationRequested request) {
        Instant now = clock.instant();
        ProtocolCase c = cases.findForUpdate(request.incidentId()).filter(ProtocolCase::open).orElse(null);
        // The EU inbox is the coordinators': under AMBER+STRICT or RED they read the requester's reason only when EU is named.
        boolean euNamed = c != null && c.namedRecipients().contains("EU");
        Tlp tlp = TlpSharing.marking(request.tlp());
        boolean coordinatorsRead = TlpSharing.mayRead(tlp, Reader.coordinators(euNamed));
        String reason = "escalation requested by " + request.requestedBy()
                + (request.reason() == null || !coordinatorsRead ? "" : ": " + request.reason());
        if (c != null && c.level() == CrisisLevel.TECHNICAL) {
            levels.change(c, CrisisLevel.OPERATIONAL, null, reason, request.requestedBy(), now);
        }
        Mode mode = Mode.valueOf(request.mode());
        outbox.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.COORDINATOR_NOTIFIED, request.incidentId(), "EU",
                        new CoordinatorNotified(UUID.randomUUID(), request.incidentId(), null, "ESCALATION_REQUEST", request.reporterCountry(),
                                request.severity(), request.tlp(), c == null ? CrisisLevel.TECHNICAL.name() : CrisisLevel.OPERATIONAL.name(),
                                c == null ? reason + " (no protocol case is open for " + request.reference() + ")" : reason, now, mode.name(),
                                request.exerciseId()))
                .marked(mode, request.exerciseId(), tlp));
    }

    /** A correction; when it changed the TLP marking or the named recipients, the case adopts that first (DESIGN §8). */
    public void updated(IncidentUpdated update) {
        cases.findForUpdate(update.incidentId()).filter(ProtocolCase::open)
                .ifPresent(c -> markingChanges.adopt(c, update, clock.instant()));
        corrected(update.incidentId(), Severity.valueOf(update.severity()), update.title(), update.affectedCountries(), update.changedFields(),
                update.note(), update.updatedBy());
    }

    public void reportSubmitted(IncidentReportSubmitted report) {
        if (report.changedFields() != null && !report.changedFields().isEmpty()) {
            corrected(report.incidentId(), Severity.valueOf(report.severity()), report.title(), report.affectedCountries(), report.changedFields(),
                    report.stage().toLowerCase() + " report", report.submittedBy());
        }
    }

    public void retracted(IncidentRetracted retraction) {
        ProtocolCase c = cases.findForUpdate(retraction.incidentId()).filter(ProtocolCase::open).orElse(null);
        if (c != null) {
            Instant now = clock.instant();
            notices.recall(c, "incident retracted: " + retraction.reason(), now);
            notices.close(c, "incident retracted: " + retraction.reason(), retraction.retractedBy(), now);
        }
    }

    public void closed(IncidentClosed closure) {
        cases.findForUpdate(closure.incidentId()).filter(ProtocolCase::open).ifPresent(c -> notices.close(c,
                "incident closed" + (closure.reason() == null ? "" : ": " + closure.reason()), closure.closedBy(), clock.instant()));
    }

    private void corrected(UUID incidentId, Severity severity, String title, List<String> affected, List<String> fields, String note, String by) {
        ProtocolCase c = cases.findForUpdate(incidentId).filter(ProtocolCase::open).orElse(null);
        if (c == null) {
            return;
        }
        Instant now = clock.instant();
        List<String> affectedNow = affected == null ? c.affectedCountries() : affected;
        cases.correct(incidentId, severity, title == null ? c.title() : title, affectedNow);
        ProtocolCase corrected = cases.findForUpdate(incidentId).orElseThrow();
        String change = String.join(", ", fields) + " changed by " + by + "; severity " + severity
                + (note == null ? "" : TlpSharing.onSharedCluster(c.tlp(), " — " + note));
        notices.correct(corrected, change, now);
        Set<String> added = new LinkedHashSet<>(routing.recipients(corrected.routingFacts(exercises.of(c.mode(), c.exerciseId())),
                c.level()));
        added.removeAll(cases.alertedCountries(incidentId));
        dispatcher.alert(corrected, added, plans.version(c.planVersion()).orElseGet(plans::current), now);
    }
}
