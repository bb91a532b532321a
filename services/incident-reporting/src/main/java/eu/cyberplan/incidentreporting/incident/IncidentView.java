package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.deadline.Deadline;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident as the API shows it (DESIGN §9), with its reporting clocks and, when ended, how. */
@Serdeable
public record IncidentView(
        UUID id, String reference, String reporterCountry, String stage, String status, String mode, UUID exerciseId,
        String title, String summary, Instant awareAt, String severity, String rsitClass, String rsitType,
        String tlp, String pap, List<String> affectedCountries, boolean crossBorder, boolean suspectedMalicious,
        List<String> sectors, List<String> subsectors, Impact impact, List<Indicator> indicators, Entity entity,
        List<String> recipients, Instant reportedAt, String reportedBy, int version, Instant updatedAt, boolean significant,
        String rootCause, Instant handledAt, Incident.Closure ended, List<Deadline> deadlines) {

    static IncidentView of(Incident incident, IncidentStore.Stored stored, List<Deadline> deadlines) {
        return new IncidentView(incident.id(), incident.reference(), incident.reporterCountry(), incident.stage(), incident.status(),
                incident.mode().name(), incident.exerciseId(), incident.title(), incident.summary(), incident.awareAt(),
                incident.severity().name(), incident.rsitClass(), incident.rsitType(), incident.tlp().label(), incident.pap(),
                incident.affectedCountries(), incident.crossBorder(), incident.suspectedMalicious(), incident.sectors(),
                incident.subsectors(), incident.impact(), incident.indicators(), incident.entity(), incident.recipients(),
                incident.reportedAt(), incident.reportedBy(), incident.version(), incident.updatedAt(), stored.significant(),
                stored.rootCause(), incident.timeline().handledAt(), incident.closure(), deadlines);
    }
}
