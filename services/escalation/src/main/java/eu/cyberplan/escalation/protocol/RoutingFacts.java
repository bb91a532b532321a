package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.exercise.ExerciseParties;
import eu.cyberplan.events.v1.Tlp;

import java.util.List;

/**
 * What routing needs to know of an incident: who reported it, whom it affects, its marking, whom the reporter named,
 * and for an exercise who takes part in it ({@code exercise} is null for a real incident).
 */
public record RoutingFacts(String reporterCountry, List<String> affectedCountries, boolean crossBorder, Tlp tlp,
                           List<String> namedRecipients, ExerciseParties exercise) {

    public RoutingFacts(String reporterCountry, List<String> affectedCountries, boolean crossBorder, Tlp tlp, List<String> namedRecipients) {
        this(reporterCountry, affectedCountries, crossBorder, tlp, namedRecipients, null);
    }

    /** The same facts for an exercise incident with these parties (null: real). */
    public RoutingFacts withExercise(ExerciseParties parties) {
        return new RoutingFacts(reporterCountry, affectedCountries, crossBorder, tlp, namedRecipients, parties);
    }
}
