package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A country asks the others for assistance on a case: containment, repair, forensics, coordination or other.
 * {@code countries} are those it reached (DESIGN §14: whose plan declares the kind, and those named), each of which gets
 * an ASSISTANCE item; {@code severity} is the case's, for their inboxes. A request to activate the EU Cybersecurity
 * Reserve ({@code kind} EU_CYBERSECURITY_RESERVE) reaches the coordinators ({@code countries} ["EU"]) and says which
 * {@code entities} are affected, {@code locations} where, and the {@code expectedDuration} of support (ISO 8601).
 */
@Serdeable
public record AssistanceRequested(
        UUID requestId,
        UUID incidentId,
        String country,
        String kind,
        String needs,
        Instant neededBy,
        String requestedBy,
        Instant requestedAt,
        String mode,
        UUID exerciseId,
        List<String> countries,
        String severity,
        List<String> entities,
        List<String> locations,
        String expectedDuration) {
}
