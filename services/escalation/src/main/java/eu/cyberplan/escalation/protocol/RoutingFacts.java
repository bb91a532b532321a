package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.Tlp;

import java.util.List;

/** What routing needs to know of an incident: who reported it, whom it affects, its marking, whom the reporter named. */
public record RoutingFacts(String reporterCountry, List<String> affectedCountries, boolean crossBorder, Tlp tlp,
                           List<String> namedRecipients) {
}
