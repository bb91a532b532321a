package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The emergency protocol opened a case for an incident; the case id is the incident id. */
@Serdeable
public record CaseOpened(
        UUID incidentId,
        String reporterCountry,
        String level,
        String severity,
        String tlp,
        String mode,
        UUID exerciseId,
        int planVersion,
        List<String> recipients,
        Instant openedAt) {
}
