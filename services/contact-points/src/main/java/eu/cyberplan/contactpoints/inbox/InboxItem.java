package eu.cyberplan.contactpoints.inbox;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of a country's inbox (DESIGN §9). Exercise items carry {@code mode = EXERCISE} and their title begins
 * with the exercise banner; the stored title has no prefix.
 */
@Serdeable
public record InboxItem(UUID alertId, UUID incidentId, String country, String kind, String severity, String tlp, String mode,
                        UUID exerciseId, String title, String reporterCountry, String level, Instant dispatchedAt,
                        Instant ackDeadline, Instant deliveredAt, String status, String acknowledgedBy, Instant acknowledgedAt,
                        String note) {

    public static final String NEW = "NEW";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    public static final String EXERCISE_BANNER = "EXERCISE EXERCISE EXERCISE";

    /** The item as people see it: exercise titles begin with the banner (a TLP:RED alert has no title to show). */
    public InboxItem shown() {
        if (!"EXERCISE".equals(mode)) {
            return this;
        }
        String banner = title == null ? EXERCISE_BANNER : EXERCISE_BANNER + " " + title;
        return new InboxItem(alertId, incidentId, country, kind, severity, tlp, mode, exerciseId, banner, reporterCountry, level,
                dispatchedAt, ackDeadline, deliveredAt, status, acknowledgedBy, acknowledgedAt, note);
    }
}
