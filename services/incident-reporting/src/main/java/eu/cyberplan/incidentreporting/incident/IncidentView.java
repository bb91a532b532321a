package eu.cyberplan.incidentreporting.incident;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident as the API shows it (DESIGN §9). */
@Serdeable
public record IncidentView(
        UUID id, String reference, String reporterCountry, String stage, String status, String mode, UUID exerciseId,
        String title, String summary, Instant awareAt, String severity, String rsitClass, String rsitType,
        String tlp, String pap, List<String> affectedCountries, boolean crossBorder, boolean suspectedMalicious,
        List<String> sectors, List<String> recipients, Instant reportedAt, String reportedBy, int version,
        List<ReportingDeadlines.Deadline> deadlines) {

    static IncidentView of(Incident incident, List<ReportingDeadlines.Deadline> deadlines) {
        return new IncidentView(incident.id(), incident.reference(), incident.reporterCountry(), incident.stage(), incident.status(),
                incident.mode().name(), incident.exerciseId(), incident.title(), incident.summary(), incident.awareAt(),
                incident.severity().name(), incident.rsitClass(), incident.rsitType(), incident.tlp().label(), incident.pap(),
                incident.affectedCountries(), incident.crossBorder(), incident.suspectedMalicious(), incident.sectors(),
                incident.recipients(), incident.reportedAt(), incident.reportedBy(), incident.version(), deadlines);
    }
}
