package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A CSIRT submitted a further NIS2 report on an incident ({@code NOTIFICATION}, {@code INTERMEDIATE}, {@code PROGRESS}
 * or {@code FINAL}); {@code late} when after its deadline. What the report says is read through the API; what it
 * changed in the incident ({@code changedFields}, e.g. severity) comes with the incident's new state, so that a report
 * is one event and recipients still learn of the change. {@code title} is null for TLP:RED.
 */
@Serdeable
public record IncidentReportSubmitted(
        UUID incidentId,
        String reference,
        String reporterCountry,
        UUID reportId,
        String stage,
        Instant submittedAt,
        String submittedBy,
        boolean late,
        String severity,
        String tlp,
        boolean significant,
        int version,
        List<String> changedFields,
        String title,
        List<String> affectedCountries,
        boolean crossBorder,
        String mode,
        UUID exerciseId) {
}
