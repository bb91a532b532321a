package eu.cyberplan.incidentreporting.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The first clocks of NIS2 Art. 23(4), counted from the entity's awareness: early warning within 24 h,
 * incident notification within 72 h (24 h for trust service providers).
 */
public final class ReportingDeadlines {

    static final Duration EARLY_WARNING = Duration.ofHours(24);
    static final Duration NOTIFICATION = Duration.ofHours(72);
    static final Duration NOTIFICATION_TRUST_SERVICE = Duration.ofHours(24);

    private ReportingDeadlines() {
    }

    /** One stage's clock: when it is due and how it stands at {@code now}. */
    @io.micronaut.serde.annotation.Serdeable
    public record Deadline(String stage, Instant dueAt, Instant submittedAt, String state) {
    }

    public static List<Deadline> at(Instant awareAt, Instant earlyWarningSubmittedAt, boolean trustService, Instant now) {
        Instant earlyDue = awareAt.plus(EARLY_WARNING);
        Instant notificationDue = awareAt.plus(trustService ? NOTIFICATION_TRUST_SERVICE : NOTIFICATION);
        return List.of(
                new Deadline(Incident.EARLY_WARNING, earlyDue, earlyWarningSubmittedAt, submittedState(earlyDue, earlyWarningSubmittedAt)),
                new Deadline("NOTIFICATION", notificationDue, null, openState(notificationDue, now)));
    }

    static String submittedState(Instant dueAt, Instant submittedAt) {
        return submittedAt.isAfter(dueAt) ? "LATE" : "ON_TIME";
    }

    static String openState(Instant dueAt, Instant now) {
        return now.isAfter(dueAt) ? "OVERDUE" : "PENDING";
    }
}
