package eu.cyberplan.escalation.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A protocol case as stored; the alerts and level history are read alongside. */
public record ProtocolCase(UUID incidentId, String reference, String reporterCountry, String title, String severity, String tlp,
                           String mode, UUID exerciseId, String status, String level, int planVersion,
                           List<String> affectedCountries, List<String> namedRecipients, Instant openedAt, Instant closedAt) {

    public static final String OPEN = "OPEN";
}
