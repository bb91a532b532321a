package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A CSIRT filed an incident (its early warning). For TLP:RED incidents {@code title} and {@code summary}
 * are null: recipients read them through the API, where the TLP rules are enforced. {@code significant}: per the
 * significance assessment of what the early warning told (Implementing Regulation 2024/2690 or NIS2 Art. 23(3)).
 * {@code exerciseCompression}: for an exercise incident, the factor by which the protocol divides its deadlines.
 */
@Serdeable
public record IncidentReported(
        UUID incidentId,
        String reference,
        String reporterCountry,
        String title,
        String summary,
        String severity,
        String tlp,
        String pap,
        String rsitClass,
        String rsitType,
        List<String> affectedCountries,
        boolean crossBorder,
        boolean suspectedMalicious,
        List<String> sectors,
        List<String> recipients,
        Instant awareAt,
        Instant reportedAt,
        String reportedBy,
        String mode,
        UUID exerciseId,
        boolean significant,
        Integer exerciseCompression) {
}
