package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.contactpoints.directory.Directory;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.PlanApproved;
import eu.cyberplan.events.v1.PlanProposalChanged;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.taxonomy.Taxonomies;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The national contingency plans: a country's people write drafts, its plan owner approves one, which supersedes the
 * version in force in the same transaction and is published as {@code plan.approved} (compacted, full state).
 */
@Singleton
public class NationalPlans {

    private final PlanStore store;
    private final Directory directory;
    private final CountryScope scope;
    private final Outbox outbox;
    private final PlanRules rules;
    private final Clock clock;
    private final AuditTrail audit;

    public NationalPlans(PlanStore store, Directory directory, CountryScope scope, Outbox outbox, Taxonomies taxonomies, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.directory = directory;
        this.scope = scope;
        this.outbox = outbox;
        this.rules = new PlanRules(taxonomies.rsit());
        this.clock = clock;
    }

    /** A new draft version; contact points are the directory's when the draft names none. */
    @Transactional
    public PlanVersion draft(Caller caller, String code, PlanContent body) {
        if (body == null) {
            throw ProblemException.invalid("playbooks", "the body must be a plan version");
        }
        List<FieldError> errors = rules.check(body);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return insertDraft(caller, code, body, null);
    }

    /**
     * Writes a checked draft, in the caller's transaction: contact points from the directory when it names none, step
     * ids assigned, the next version number; proposed from a lesson when {@code from} names one; audited.
     */
    PlanVersion insertDraft(Caller caller, String code, PlanContent checked, PlanVersion.ProposedFrom from) {
        ContactPoints points = checked.contactPoints() != null ? checked.contactPoints()
                : directory.country(code).map(ContactPoints::of).orElseThrow();
        PlanContent content = checked.with(points, PlanRules.withStepIds(checked.playbookList()));
        store.lockCountry(code);
        int version = store.nextVersion(code);
        store.insertDraft(code, version, content, caller.username(), now(), from);
        AuditRecord entry = AuditRecord.of(from == null ? "plan.drafted" : "plan.proposed", "plan", code + "/" + version, code).with("version", version);
        audit.record(from == null ? entry : entry.with("lesson", from.lessonId().toString()));
        PlanVersion draft = store.find(code, version).orElseThrow();
        proposalChanged(draft, PlanVersion.DRAFT, null, caller.username());
        return draft;
    }

    /** Approves a draft: the version in force is superseded at the same instant; 422 when nobody can be reached through it. */
    @Transactional
    public PlanVersion approve(Caller caller, String code, int version) {
        store.lockCountry(code);
        PlanVersion draft = store.find(code, version).orElseThrow(() -> ProblemException.notFound("no version " + version + " of the plan of " + code));
        if (!PlanVersion.DRAFT.equals(draft.status())) {
            throw ProblemException.conflict("version " + version + " of the plan of " + code + " is " + draft.status() + ", not a draft");
        }
        PlanRules.approvalRefusal(draft.content()).ifPresent(error -> {
            throw ProblemException.invalid(List.of(error));
        });
        Integer superseded = store.inForce(code).map(PlanVersion::version).orElse(null);
        if (superseded != null && superseded > version) {
            throw ProblemException.conflict("version " + superseded + " is in force; approve a draft newer than it");
        }
        Instant now = now();
        store.approve(code, version, caller.username(), now);
        PlanVersion approved = store.find(code, version).orElseThrow();
        outbox.add(OutboxEvent.of(Topics.DIRECTORY, EventTypes.PLAN_APPROVED, code + "/plan.approved", code, published(approved, superseded))
                .withSubject(code + "/plan/" + version).marked(eu.cyberplan.events.v1.Mode.REAL, null, Tlp.GREEN));
        proposalChanged(approved, PlanVersion.APPROVED, null, caller.username());
        return approved;
    }

    @Transactional(readOnly = true)
    public PlanVersion inForce(String code) {
        return store.inForce(code).orElseThrow(() -> ProblemException.notFound(code + " has no approved national plan"));
    }

    @Transactional(readOnly = true)
    public List<PlanVersion> versions(Caller caller, String code) {
        scope.requireReader(caller, code);
        return store.versions(code);
    }

    @Transactional(readOnly = true)
    public PlanVersion version(Caller caller, String code, int version) {
        scope.requireReader(caller, code);
        return store.find(code, version).orElseThrow(() -> ProblemException.notFound("no version " + version + " of the plan of " + code));
    }

    /** What changed from version {@code from} (the one before, by default) to {@code version}. */
    @Transactional(readOnly = true)
    public PlanChangesView changes(Caller caller, String code, int version, Integer from) {
        PlanVersion to = version(caller, code, version);
        int base = from == null ? version - 1 : from;
        if (base < 1) {
            throw ProblemException.invalid("from", "version " + version + " is the first: name a version to compare it with");
        }
        PlanVersion before = store.find(code, base).orElseThrow(() -> ProblemException.invalid("from", "no version " + base + " of the plan of " + code));
        return new PlanChangesView(code, base, version, PlanChanges.between(before.content(), to.content()));
    }

    static PlanApproved published(PlanVersion v, Integer superseded) {
        return new PlanApproved(v.country(), v.version(), v.approvedBy(), v.approvedAt(),
                v.capabilities().stream().map(c -> new PlanApproved.Capability(c.kind(), c.conditions(), c.contact())).toList(),
                v.playbooks().stream().map(Playbook::rsitClass).distinct().sorted().toList(), superseded);
    }

    /**
     * Tells the exercise or case a lesson came from what became of the change proposed from it ({@code plan.proposal-changed},
     * keyed per version on the compacted directory topic); a version not proposed from a lesson tells nothing.
     */
    void proposalChanged(PlanVersion version, String state, String reason, String by) {
        PlanVersion.ProposedFrom from = version.proposedFrom();
        if (from == null) {
            return;
        }
        String key = version.country() + "/plan.proposal/" + version.version();
        outbox.add(OutboxEvent.of(Topics.DIRECTORY, EventTypes.PLAN_PROPOSAL_CHANGED, key, version.country(),
                        new PlanProposalChanged(version.country(), version.version(), from.lessonId(), from.exerciseId(), from.incidentId(), state, reason,
                                by, now()))
                .withSubject(key).marked(eu.cyberplan.events.v1.Mode.REAL, null, Tlp.AMBER));
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: the response shows the times every later read will show.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
