package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Tlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who gets an alert (DESIGN §5.1–2): whether an incident opens a case, and the recipient countries at a level.
 * Never the reporter; TLP:RED only the recipients the reporter named; from OPERATIONAL up every member country.
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
        return recipients;
    }
}
