package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident as its CSIRT recorded it, in its current version: the early warning with what later reports and
 * corrections changed. {@code stage} is the last NIS2 report submitted; {@code timeline} when each was.
 */
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
        List<String> subsectors,
        Impact impact,
        List<Indicator> indicators,
        List<String> recipients,
        Entity entity,
        String stage,
        String status,
        Mode mode,
        UUID exerciseId,
        Instant reportedAt,
        String reportedBy,
        int version,
        Instant updatedAt,
        ReportingTimeline timeline,
        Closure closure) {

    public static final String EARLY_WARNING = "EARLY_WARNING";
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
    public static final String RETRACTED = "RETRACTED";

    /** How an incident ended: closed after handling, or retracted (it was not an incident after all), with why and by whom. */
    @io.micronaut.serde.annotation.Serdeable
    public record Closure(Instant at, String by, String reason) {
    }

    /** Trust service providers notify within 24 h instead of 72 h (NIS2 Art. 23(4)(b)). */
    public boolean trustService() {
        return entity != null && Entity.TRUST_SERVICE.equals(entity.entityType());
    }

    public boolean open() {
        return OPEN.equals(status);
    }
}
