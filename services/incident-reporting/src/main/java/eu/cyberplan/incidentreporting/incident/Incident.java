package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An incident as its CSIRT recorded it; {@code stage} is the last NIS2 report submitted. */
public record Incident(
        UUID id,
        String reference,
        String reporterCountry,
        String title,
        String summary,
        Instant awareAt,
        Severity severity,
        String rsitClass,
        String rsitType,
        Tlp tlp,
        String pap,
        List<String> affectedCountries,
        boolean crossBorder,
        boolean suspectedMalicious,
        List<String> sectors,
        List<String> recipients,
        String entityJson,
        String entityType,
        String stage,
        String status,
        Mode mode,
        UUID exerciseId,
        Instant reportedAt,
        String reportedBy,
        int version) {

    public static final String EARLY_WARNING = "EARLY_WARNING";
    public static final String OPEN = "OPEN";
    public static final String TRUST_SERVICE = "TRUST_SERVICE";

    /** Trust service providers notify within 24 h instead of 72 h (NIS2 Art. 23(4)(b)). */
    public boolean trustService() {
        return TRUST_SERVICE.equals(entityType);
    }
}
