package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.contactpoints.directory.Directory;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.PlanProposalChanged;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans that learn (DESIGN §14): a lesson learnt becomes a proposed change of the country's plan — a DRAFT version that
 * names the lesson ({@code proposedFrom}) and that the plan owner approves like any draft ({@link NationalPlans#approve})
 * or rejects with a reason. Both are in the audit trail.
 */
@Singleton
public class PlanProposals {

    private final PlanStore store;
    private final LessonsLearnt lessons;
    private final Directory directory;
    private final PlanRules rules;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public PlanProposals(PlanStore store, LessonsLearnt lessons, Directory directory, Taxonomies taxonomies, AuditTrail audit, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.store = store;
        this.lessons = lessons;
        this.directory = directory;
        this.rules = new PlanRules(taxonomies.rsit());
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft proposed from a lesson: 422 naming the field for an unknown lesson, a wrong source or a change that breaks the plan. */
    @Transactional
    public PlanVersion propose(Caller caller, String code, ProposalBody body) {
        Optional<LessonsLearnt.Lesson> lesson = body == null || body.lessonId() == null ? Optional.empty() : lessons.find(body.lessonId());
        List<FieldError> errors = new ArrayList<>(ProposalRules.check(body, code, lesson));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        store.lockCountry(code);
        PlanContent inForce = store.inForce(code).map(PlanVersion::content).orElse(null);
        PlanContent merged = ProposalRules.merge(inForce, body.change(), lesson.get());
        rules.check(merged).forEach(error -> errors.add(new FieldError("change." + error.field(), error.message())));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ContactPoints points = merged.contactPoints() != null ? merged.contactPoints() : directory.country(code).map(ContactPoints::of).orElseThrow();
        PlanContent content = merged.with(points, PlanRules.withStepIds(merged.playbookList()));
        int version = store.nextVersion(code);
        PlanVersion.ProposedFrom from = new PlanVersion.ProposedFrom(body.lessonId(), body.source().exerciseId(), body.source().incidentId());
        store.insertDraft(code, version, content, caller.username(), now(), from);
        audit.record(AuditRecord.of("plan.proposed", "plan", code + "/" + version, code).with("version", version)
                .with("lesson", body.lessonId().toString()));
        PlanVersion proposed = store.find(code, version).orElseThrow();
        changed(proposed, "DRAFT", null, caller.username());
        return proposed;
    }

    /** Rejects a draft with a reason: 404 for no such version, 409 for one that is no draft, 422 without a reason. */
    @Transactional
    public PlanVersion reject(Caller caller, String code, int version, String reason) {
        store.lockCountry(code);
        PlanVersion draft = store.find(code, version).orElseThrow(() -> ProblemException.notFound("no version " + version + " of the plan of " + code));
        if (!PlanVersion.DRAFT.equals(draft.status())) {
            throw ProblemException.conflict("version " + version + " of the plan of " + code + " is " + draft.status() + ", not a draft");
        }
        List<FieldError> errors = ProposalRules.rejection(reason);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        store.reject(code, version, caller.username(), now(), reason.strip());
        audit.record(AuditRecord.of("plan.rejected", "plan", code + "/" + version, code).with("version", version));
        PlanVersion rejected = store.find(code, version).orElseThrow();
        changed(rejected, PlanVersion.REJECTED, reason.strip(), caller.username());
        return rejected;
    }

    /**
     * Tells the exercise or case a lesson came from what became of the change proposed from it ({@code plan.proposal-changed},
     * keyed per version on the compacted directory topic); a version not proposed from a lesson tells nothing.
     */
    void changed(PlanVersion version, String state, String reason, String by) {
        PlanVersion.ProposedFrom from = version.proposedFrom();
        if (from == null) {
            return;
        }
        String key = version.country() + "/plan.proposal/" + version.version();
        outbox.add(OutboxEvent.of(Topics.DIRECTORY, EventTypes.PLAN_PROPOSAL_CHANGED, key, version.country(),
                        new PlanProposalChanged(version.country(), version.version(), from.lessonId(), from.exerciseId(), from.incidentId(), state, reason,
                                by, now()))
                .withSubject(key).marked(Mode.REAL, null, Tlp.AMBER));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
