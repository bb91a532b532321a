package eu.cyberplan.contactpoints.checklist;

import eu.cyberplan.events.v1.ChecklistProgressed;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import eu.cyberplan.platform.sharing.Disclosure;
import eu.cyberplan.platform.sharing.TlpSharing;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The checklists of live incidents: a country's people see and tick their own (coordinators and auditors see every
 * country's), tick notes only as the incident's TLP marking shares them ({@link ChecklistMarkings}); a checklist the
 * marking withdrew is closed and refuses ticks; each tick is published as {@code checklist.progressed} with the checklist's whole progress, so the EU level
 * sees it on the case and in the next situation report.
 */
@Singleton
public class Checklists {

    private final ChecklistStore store;
    private final ChecklistMarkings markings;
    private final Outbox outbox;
    private final Clock clock;

    public Checklists(ChecklistStore store, ChecklistMarkings markings, Outbox outbox, Clock clock) {
        this.store = store;
        this.markings = markings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Ticks a step of the caller's country's checklist; a step ticked before stays as it was (200, unchanged). */
    @Transactional
    public ChecklistView tick(Caller caller, UUID id, String stepId, String note) {
        ChecklistStore.Stored checklist = store.find(id, true).orElseThrow(() -> ProblemException.notFound("no checklist " + id));
        if (!caller.belongsTo(checklist.country())) {
            throw ProblemException.forbidden("this is the checklist of " + checklist.country() + "; only its people tick its steps");
        }
        if (markings.of(id).map(ChecklistMarkings.Sharing::closedAt).isPresent()) {
            throw ProblemException.conflict("this checklist was closed: the incident's TLP marking no longer shares it with your country");
        }
        if (checklist.steps().stream().noneMatch(s -> s.id().equals(stepId))) {
            throw ProblemException.notFound("no step " + stepId + " on checklist " + id);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (store.tick(id, stepId, caller.username(), now, note)) {
            ChecklistView ticked = view(store.find(id, false).orElseThrow(), now, Disclosure.CONTENT, null);
            ChecklistProgress p = ticked.progress();
            Mode mode = Mode.valueOf(checklist.mode());
            outbox.add(OutboxEvent.of(Topics.RECEIPTS, EventTypes.CHECKLIST_PROGRESSED, checklist.incidentId(), checklist.country(),
                            new ChecklistProgressed(id, checklist.incidentId(), checklist.country(), checklist.planVersion(), p.containmentDone(),
                                    p.containmentTotal(), p.repairDone(), p.repairTotal(), p.overdueSteps(), stepId, caller.username(), now,
                                    mode.name(), checklist.exerciseId(), reportedSteps(ticked)))
                    .withSubject(id).marked(mode, checklist.exerciseId(), TlpSharing.marking(checklist.tlp())));
            return ticked;
        }
        return shown(caller, store.find(id, false).orElseThrow(), clock.instant()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public ChecklistView get(Caller caller, UUID id) {
        ChecklistStore.Stored checklist = store.find(id, false).filter(c -> scopeOf(caller) == null || caller.belongsTo(c.country()))
                .orElseThrow(() -> ProblemException.notFound("no checklist " + id + " of " + caller.country()));
        return shown(caller, checklist, clock.instant()).orElseThrow(() -> ProblemException.notFound("no checklist " + id + " of " + caller.country()));
    }

    /** The checklist as its marking shows it to the caller: notes left out short of CONTENT, nothing at all for NONE. */
    private Optional<ChecklistView> shown(Caller caller, ChecklistStore.Stored checklist, Instant now) {
        ChecklistMarkings.Sharing sharing = markings.of(checklist.id()).orElseThrow();
        Disclosure disclosure = sharing.disclosureTo(caller, checklist.country());
        return disclosure == Disclosure.NONE ? Optional.empty() : Optional.of(view(checklist, now, disclosure, sharing.closedAt()));
    }

    /** Newest first, of one mode (exercise checklists never show in real views), of one incident when named. */
    @Transactional(readOnly = true)
    public Page<ChecklistView> list(Caller caller, UUID incidentId, Mode mode, int page, int size) {
        String scope = scopeOf(caller);
        Instant now = clock.instant();
        List<ChecklistView> items = store.list(mode.name(), incidentId, scope, size, page * size).stream()
                .flatMap(c -> shown(caller, c, now).stream()).toList();
        return new Page<>(items, page, size, store.count(mode.name(), incidentId, scope));
    }

    /** The done steps the plan says are reported to the EU level. */
    private static List<ChecklistProgressed.ReportedStep> reportedSteps(ChecklistView checklist) {
        return checklist.steps().stream().filter(s -> s.done() && s.reportToEu())
                .map(s -> new ChecklistProgressed.ReportedStep(s.id(), s.phase(), s.title(), s.doneBy(), s.doneAt())).toList();
    }

    /** The country whose checklists the caller sees, or null for every country. */
    private static String scopeOf(Caller caller) {
        return caller.hasAnyRole(Roles.COORDINATOR, Roles.AUDITOR) ? null : caller.country();
    }

    static ChecklistView view(ChecklistStore.Stored c, Instant now, Disclosure disclosure, Instant closedAt) {
        List<ChecklistStep> steps = c.steps().stream().map(s -> new ChecklistStep(s.id(), s.phase(), s.title(), s.ownerRole(), s.dueAt(),
                s.reportToEu(), s.doneAt() != null, s.doneBy(), s.doneAt(), disclosure.redact(s.note()),
                ChecklistProgress.overdue(new ChecklistProgress.Step(s.phase(), s.dueAt(), s.doneAt() != null), now))).toList();
        ChecklistProgress progress = ChecklistProgress.of(steps.stream()
                .map(s -> new ChecklistProgress.Step(s.phase(), s.dueAt(), s.done())).toList(), now);
        return new ChecklistView(c.id(), c.incidentId(), c.country(), c.planVersion(), c.rsitClass(), c.rsitType(), c.mode(), c.exerciseId(),
                c.startedAt(), steps, progress, closedAt);
    }
}
