package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.taxonomy.MispTaxonomy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a national plan version must hold: capabilities of the assistance kinds; playbooks for RSIT classes and types
 * of the MISP rsit taxonomy, one per class and type; steps with a phase, a title and a target time from awareness that
 * is not negative, their ids unique in the playbook. Step ids left out are assigned ({@code containment-1}, {@code repair-2}).
 */
public final class PlanRules {

    public static final List<String> CAPABILITY_KINDS = List.of("CONTAINMENT", "REPAIR", "FORENSICS", "COORDINATION", "OTHER");
    public static final List<String> PHASES = List.of("CONTAINMENT", "REPAIR");
    /** A target beyond a year is a typing error rather than a plan. */
    public static final int MAX_TARGET_MINUTES = 366 * 24 * 60;

    private final MispTaxonomy rsit;

    public PlanRules(MispTaxonomy rsit) {
        this.rsit = rsit;
    }

    /** Every field of the version that the plan does not accept; empty when it is acceptable. */
    public List<FieldError> check(PlanContent content) {
        List<FieldError> errors = new ArrayList<>();
        List<Capability> capabilities = content.capabilityList();
        for (int i = 0; i < capabilities.size(); i++) {
            Capability capability = capabilities.get(i);
            if (capability == null || capability.kind() == null || !CAPABILITY_KINDS.contains(capability.kind())) {
                errors.add(new FieldError("capabilities[" + i + "].kind", "must be one of " + CAPABILITY_KINDS));
            }
        }
        Set<String> keys = new HashSet<>();
        List<Playbook> playbooks = content.playbookList();
        for (int i = 0; i < playbooks.size(); i++) {
            Playbook playbook = playbooks.get(i);
            String at = "playbooks[" + i + "]";
            if (playbook == null) {
                errors.add(new FieldError(at, "must be given"));
                continue;
            }
            if (playbook.rsitClass() == null || !rsit.hasPredicate(playbook.rsitClass())) {
                errors.add(new FieldError(at + ".rsitClass", "must be an RSIT class: " + rsit.predicates()));
            } else if (playbook.rsitType() != null && !rsit.allows(playbook.rsitClass(), playbook.rsitType())) {
                errors.add(new FieldError(at + ".rsitType", "must be a type of " + playbook.rsitClass() + ": " + rsit.values(playbook.rsitClass())));
            } else if (!keys.add(playbook.key())) {
                errors.add(new FieldError(at, "a second playbook for " + playbook.key()));
            }
            if (playbook.stepList().isEmpty()) {
                errors.add(new FieldError(at + ".steps", "a playbook needs at least one step"));
            }
            checkSteps(playbook.stepList(), at, errors);
        }
        return errors;
    }

    private static void checkSteps(List<PlaybookStep> steps, String at, List<FieldError> errors) {
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < steps.size(); j++) {
            PlaybookStep step = steps.get(j);
            String field = at + ".steps[" + j + "]";
            if (step == null) {
                errors.add(new FieldError(field, "must be given"));
                continue;
            }
            if (step.phase() == null || !PHASES.contains(step.phase())) {
                errors.add(new FieldError(field + ".phase", "must be one of " + PHASES));
            }
            if (step.title() == null || step.title().isBlank()) {
                errors.add(new FieldError(field + ".title", "must be given"));
            }
            if (step.targetMinutes() == null) {
                errors.add(new FieldError(field + ".targetMinutes", "must be given: minutes from awareness"));
            } else if (step.targetMinutes() < 0 || step.targetMinutes() > MAX_TARGET_MINUTES) {
                errors.add(new FieldError(field + ".targetMinutes", "must be from 0 to " + MAX_TARGET_MINUTES + " minutes from awareness"));
            }
            if (step.id() != null && (step.id().isBlank() || !ids.add(step.id()))) {
                errors.add(new FieldError(field + ".id", "must be unique in the playbook"));
            }
        }
    }

    /** Why the version cannot be approved, as a field error; empty when it can. */
    public static Optional<FieldError> approvalRefusal(PlanContent content) {
        if (content.contactPoints() == null || !content.contactPoints().anyone()) {
            return Optional.of(new FieldError("contactPoints", "the plan names no contact point (no NCP channel and no reachable CSIRT): "
                    + "a plan nobody can be reached through cannot be approved"));
        }
        return Optional.empty();
    }

    /** The playbooks with an id on every step: {@code containment-<n>} or {@code repair-<n>}, never one the playbook uses. */
    public static List<Playbook> withStepIds(List<Playbook> playbooks) {
        return playbooks.stream().map(PlanRules::withStepIds).toList();
    }

    private static Playbook withStepIds(Playbook playbook) {
        Set<String> used = new HashSet<>();
        playbook.stepList().stream().map(PlaybookStep::id).filter(id -> id != null).forEach(used::add);
        List<PlaybookStep> steps = new ArrayList<>();
        java.util.Map<String, Integer> counters = new java.util.HashMap<>();
        for (PlaybookStep step : playbook.stepList()) {
            if (step.id() != null) {
                steps.add(step);
                continue;
            }
            String prefix = step.phase().toLowerCase(java.util.Locale.ROOT);
            String id;
            do {
                id = prefix + "-" + counters.merge(prefix, 1, Integer::sum);
            } while (!used.add(id));
            steps.add(step.withId(id));
        }
        return new Playbook(playbook.rsitClass(), playbook.rsitType(), steps);
    }
}
