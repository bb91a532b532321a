package eu.cyberplan.contactpoints.plan;

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
 * names the lesson ({@code proposedFrom}), written like any draft ({@link NationalPlans}), that the plan owner approves
 * like any draft ({@link NationalPlans#approve}) or rejects with a reason. Both are in the audit trail.
 */
@Singleton
public class PlanProposals {

    private final PlanStore store;
    private final NationalPlans plans;
    private final LessonsLearnt lessons;
    private final PlanRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    public PlanProposals(PlanStore store, NationalPlans plans, LessonsLearnt lessons, Taxonomies taxonomies, AuditTrail audit, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.lessons = lessons;
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
        return plans.insertDraft(caller, code, merged,
                new PlanVersion.ProposedFrom(body.lessonId(), body.source().exerciseId(), body.source().incidentId()));
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
        plans.proposalChanged(rejected, PlanVersion.REJECTED, reason.strip(), caller.username());
        return rejected;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
