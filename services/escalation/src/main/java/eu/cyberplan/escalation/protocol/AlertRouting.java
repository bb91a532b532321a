package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.exercise.ExerciseAudience;
import eu.cyberplan.escalation.plan.ProtocolPlan;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who gets an alert (DESIGN §5.1–2): whether an incident opens a case, and the recipient countries at a level.
 * Never the reporter; TLP:RED only the recipients the reporter named; from OPERATIONAL up every member country. An
 * exercise reaches only the countries taking part ({@link ExerciseAudience}).
 */
public final class AlertRouting {

    private final List<String> members;

    public AlertRouting(List<String> members) {
        this.members = List.copyOf(members);
    }

    /** A case opens for a cross-border incident or one affecting another country than the reporter's. */
    public boolean opensCase(RoutingFacts facts) {
        return facts.crossBorder() || facts.affectedCountries().stream().anyMatch(c -> !c.equals(facts.reporterCountry()));
    }

    /**
     * Under a plan's rule (DESIGN §5.1): cross-border, affecting another country, or assessed significant — each as the
     * plan enables it — and at least the plan's minimum severity, when it sets one.
     */
    public boolean opensCase(RoutingFacts facts, boolean significant, Severity severity, ProtocolPlan.CaseOpening rule) {
        if (rule.minimumSeverity() != null && severity.compareTo(Severity.valueOf(rule.minimumSeverity())) < 0) {
            return false;
        }
        boolean others = facts.affectedCountries().stream().anyMatch(c -> !c.equals(facts.reporterCountry()));
        return rule.crossBorder() && facts.crossBorder() || rule.otherCountriesAffected() && others || rule.significant() && significant;
    }

    public Set<String> recipients(RoutingFacts facts, CrisisLevel level) {
        Set<String> recipients = new LinkedHashSet<>();
        if (facts.tlp() == Tlp.RED) {
            recipients.addAll(facts.namedRecipients());
        } else {
            recipients.addAll(facts.affectedCountries());
            recipients.addAll(facts.namedRecipients());
            if (level != CrisisLevel.TECHNICAL) {
                recipients.addAll(members);
            }
        }
        recipients.remove(facts.reporterCountry());
        recipients.remove("EU");
        return facts.exercise() == null ? recipients : exerciseOnly(recipients, facts, level);
    }

    /** An exercise stays with its parties (issue 16): never every member, only who takes part. */
    private static Set<String> exerciseOnly(Set<String> recipients, RoutingFacts facts, CrisisLevel level) {
        Set<String> named = new LinkedHashSet<>(facts.affectedCountries());
        named.addAll(facts.namedRecipients());
        return ExerciseAudience.limit(recipients, facts.exercise(), named, level != CrisisLevel.TECHNICAL && facts.tlp() != Tlp.RED,
                facts.reporterCountry());
    }
}
