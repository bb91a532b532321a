package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.access.ReadGrants;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the reporting CSIRT does with an incident after filing it: correct it, retract it, close it, request an
 * intermediate report, reply to the early warning, ask for escalation. Each is a new version and its event, or nothing.
 */
@Singleton
public class IncidentActions {

    private final IncidentAccess access;
    private final IncidentLedger ledger;
    private final IncidentStore incidents;
    private final IncidentSignificance significance;
    private final IncidentEvents events;
    private final ReadGrants grants;
    private final EarlyWarningRules rules;
    private final Clock clock;
    private final AuditTrail audit;

    private static final Map<String, String> UNPUBLISHED_ACTIONS = Map.of(
            "CORRECTION", "incident.updated", "INTERMEDIATE_REQUESTED", "incident.report-requested", "CSIRT_RESPONSE", "incident.csirt-responded");

    public IncidentActions(IncidentAccess access, IncidentLedger ledger, IncidentStore incidents, IncidentSignificance significance,
                           IncidentEvents events, ReadGrants grants, Taxonomies taxonomies, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.access = access;
        this.ledger = ledger;
        this.incidents = incidents;
        this.significance = significance;
        this.events = events;
        this.grants = grants;
        this.rules = new EarlyWarningRules(taxonomies.rsit(), taxonomies.nis2());
        this.clock = clock;
    }

    @Transactional
    public Incident correct(Caller caller, UUID id, Correction correction) {
        Incident before = open(access.changeable(caller, id), "corrected");
        EarlyWarning corrected = correction.appliedTo(before);
        List<FieldError> errors = rules.check(corrected);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        IncidentDraft draft = IncidentDraft.of(before);
        draft.title = corrected.title().strip();
        draft.summary = corrected.summary();
        draft.severity = Severity.valueOf(corrected.severity());
        draft.rsitClass = corrected.rsitClass();
        draft.rsitType = corrected.rsitType();
        draft.tlp = Tlp.fromLabel(corrected.tlp()).orElseThrow();
        draft.pap = corrected.pap();
        draft.affectedCountries = IncidentFiling.countries(corrected.affectedCountries());
        draft.crossBorder = corrected.crossBorder() || draft.affectedCountries.stream().anyMatch(c -> !c.equals(before.reporterCountry()));
        draft.suspectedMalicious = corrected.suspectedMalicious();
        draft.sectors = corrected.sectors();
        draft.subsectors = corrected.subsectors();
        draft.impact = corrected.impact();
        draft.indicators = corrected.indicators().stream().distinct().toList();
        draft.entity = corrected.entity();
        draft.recipients = IncidentFiling.countries(corrected.recipients());
        return record(caller, before, draft.next(clock.instant()), "CORRECTION", correction.note());
    }

    @Transactional
    public Incident retract(Caller caller, UUID id, String reason) {
        Incident before = access.changeable(caller, id);
        if (Incident.RETRACTED.equals(before.status())) {
            throw ProblemException.conflict("incident " + before.reference() + " was already retracted at " + before.closure().at());
        }
        Instant now = clock.instant();
        IncidentDraft draft = IncidentDraft.of(before);
        draft.status = Incident.RETRACTED;
        draft.closure = new Incident.Closure(now, caller.username(), reason);
        Incident after = record(caller, before, draft.next(now), "RETRACTION", reason);
        events.retracted(after);
        return after;
    }

    @Transactional
    public Incident close(Caller caller, UUID id, Instant handledAt, String reason) {
        Incident before = open(access.changeable(caller, id), "closed");
        Instant now = clock.instant();
        if (handledAt.isBefore(before.awareAt()) || handledAt.isAfter(now)) {
            throw ProblemException.invalid("handledAt", "must lie between the awareness (" + before.awareAt() + ") and now");
        }
        IncidentDraft draft = IncidentDraft.of(before);
        draft.status = Incident.CLOSED;
        draft.closure = new Incident.Closure(now, caller.username(), reason);
        draft.timeline = before.timeline().withHandled(handledAt);
        Incident after = record(caller, before, draft.next(now), "CLOSURE", reason);
        events.closed(after);
        return after;
    }

    @Transactional
    public Incident requestIntermediate(Caller caller, UUID id, Instant dueAt) {
        Incident before = open(access.changeable(caller, id), "asked for an intermediate report");
        if (before.timeline().notificationAt() == null) {
            throw ProblemException.conflict("an intermediate report follows the notification, which has not been submitted");
        }
        if (before.timeline().intermediateDueAt() != null && before.timeline().intermediateAt() == null) {
            throw ProblemException.conflict("an intermediate report is already requested, due " + before.timeline().intermediateDueAt());
        }
        if (!dueAt.isAfter(clock.instant())) {
            throw ProblemException.invalid("dueAt", "must be in the future");
        }
        IncidentDraft draft = IncidentDraft.of(before);
        draft.timeline = before.timeline().withIntermediateRequested(dueAt);
        return record(caller, before, draft.next(clock.instant()), "INTERMEDIATE_REQUESTED", "due " + dueAt);
    }

    @Transactional
    public Incident respond(Caller caller, UUID id, String note) {
        Incident before = open(access.changeable(caller, id), "answered");
        if (before.timeline().csirtResponseAt() != null) {
            throw ProblemException.conflict("the CSIRT replied to the early warning at " + before.timeline().csirtResponseAt());
        }
        IncidentDraft draft = IncidentDraft.of(before);
        draft.timeline = before.timeline().withCsirtResponse(clock.instant());
        return record(caller, before, draft.next(clock.instant()), "CSIRT_RESPONSE", note);
    }

    @Transactional
    public Incident requestEscalation(Caller caller, UUID id, String reason) {
        Incident before = open(access.changeable(caller, id), "escalated");
        Instant now = clock.instant();
        Incident after = record(caller, before, IncidentDraft.of(before).next(now), "ESCALATION_REQUESTED", reason);
        events.escalationRequested(after, reason, caller.username(), now);
        return after;
    }

    private Incident record(Caller caller, Incident before, Incident after, String kind, String note) {
        IncidentStore.Stored stored = incidents.stored(before.id()).orElseThrow();
        IncidentSignificance.Result assessed = significance.of(after, stored.rootCause(), stored.facts());
        List<FieldChange> changes = ledger.changed(before, after, caller.username(), kind, note,
                new IncidentStore.Assessed(stored.rootCause(), assessed));
        // A change that publishes no event records its audit entry here (those that do are recorded with their event).
        boolean published = false;
        if ("CORRECTION".equals(kind)) {
            published = events.updatedIfRecipientsCare(before, after, changes, assessed.significant(), caller.username(), note);
            if (before.tlp() != after.tlp() || !before.recipients().equals(after.recipients())) {
                grants.withdrawUnder(after.id(), after.tlp(), after.recipients());
            }
        }
        String action = UNPUBLISHED_ACTIONS.get(kind);
        if (!published && action != null) {
            audit.record(AuditRecord.of(action, "incident", after.id(), after.reporterCountry()).with("version", after.version())
                    .with("mode", after.mode()));
        }
        return after;
    }

    private static Incident open(Incident incident, String what) {
        if (!incident.open()) {
            throw ProblemException.conflict("incident " + incident.reference() + " is " + incident.status().toLowerCase()
                    + " and can no longer be " + what);
        }
        return incident;
    }
}
