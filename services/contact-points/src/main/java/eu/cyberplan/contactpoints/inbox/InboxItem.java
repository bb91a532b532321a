package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of a country's inbox (DESIGN §9). Exercise items carry {@code mode = EXERCISE} and their title begins
 * with the exercise banner; the stored title has no prefix. A CORRECTION or RECALL names the alert it changes in
 * {@code refersToAlertId}; that alert shows how often it was corrected and whether it was recalled. An OVERDUE item
 * keeps the deadline it missed; its {@code ackDeadline} is then the backup deadline. A COMCHECK names its comcheck.
 */
@Serdeable
public record InboxItem(UUID alertId, @Nullable UUID incidentId, String country, String kind, Severity severity, String tlp, Mode mode,
                        @Nullable UUID exerciseId, @Nullable String title, @Nullable String reporterCountry, @Nullable String level,
                        Instant dispatchedAt, @Nullable Instant ackDeadline, Instant deliveredAt, Status status, @Nullable String acknowledgedBy,
                        @Nullable Instant acknowledgedAt, @Nullable String note, @Nullable UUID refersToAlertId, @Nullable String change,
                        int corrections, @Nullable Instant lastCorrectedAt, @Nullable Instant recalledAt, @Nullable String recallReason,
                        @Nullable Instant missedDeadline, @Nullable Instant overdueAt, @Nullable UUID comcheckId) {

    public static final String EXERCISE_BANNER = "EXERCISE EXERCISE EXERCISE";

    /** Where the item stands for its country; the same names in the database and in JSON. */
    public enum Status { NEW, ACKNOWLEDGED, OVERDUE }

    /** A newly delivered item. */
    public static InboxItem delivered(UUID alertId, UUID incidentId, String country, String kind, Severity severity, String tlp, Mode mode,
                                      UUID exerciseId, String title, String reporterCountry, String level, Instant dispatchedAt,
                                      Instant ackDeadline, Instant deliveredAt, UUID refersToAlertId, String change) {
        return new InboxItem(alertId, incidentId, country, kind, severity, tlp, mode, exerciseId, title, reporterCountry, level, dispatchedAt,
                ackDeadline, deliveredAt, Status.NEW, null, null, null, refersToAlertId, change, 0, null, null, null, null, null, null);
    }

    /** Whether the item belongs to an exercise (its title then shown with the banner, its reach the exercise's parties). */
    public boolean ofExercise() {
        return mode == Mode.EXERCISE;
    }

    /** The item as people see it: exercise titles begin with the banner (a TLP:RED alert has no title to show). */
    public InboxItem shown() {
        if (!ofExercise()) {
            return this;
        }
        String banner = title == null ? EXERCISE_BANNER : EXERCISE_BANNER + " " + title;
        return new InboxItem(alertId, incidentId, country, kind, severity, tlp, mode, exerciseId, banner, reporterCountry, level,
                dispatchedAt, ackDeadline, deliveredAt, status, acknowledgedBy, acknowledgedAt, note, refersToAlertId, change, corrections,
                lastCorrectedAt, recalledAt, recallReason, missedDeadline, overdueAt, comcheckId);
    }
}
