package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.exercise.ExerciseParties;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A protocol case as stored; the alerts and level history are read alongside. */
public record ProtocolCase(UUID incidentId, String reference, String reporterCountry, String title, Severity severity, Tlp tlp,
                           Mode mode, UUID exerciseId, CaseStatus status, CrisisLevel level, int planVersion,
                           List<String> affectedCountries, List<String> namedRecipients, Instant openedAt, Instant closedAt,
                           String ipcrMode, double compression) {

    public ProtocolCase atLevel(CrisisLevel newLevel, String newIpcrMode) {
        return new ProtocolCase(incidentId, reference, reporterCountry, title, severity, tlp, mode, exerciseId, status, newLevel, planVersion,
                affectedCountries, namedRecipients, openedAt, closedAt, newIpcrMode, compression);
    }

    public boolean open() {
        return status == CaseStatus.OPEN;
    }

    /** What routing needs of this case, an exercise case with its parties ({@code exercise}; null for a real case). */
    public RoutingFacts routingFacts(ExerciseParties exercise) {
        return routingFacts().withExercise(exercise);
    }

    /** What routing needs of this case, without the parties of an exercise. */
    public RoutingFacts routingFacts() {
        return new RoutingFacts(reporterCountry, affectedCountries, true, tlp,
                namedRecipients);
    }
}
