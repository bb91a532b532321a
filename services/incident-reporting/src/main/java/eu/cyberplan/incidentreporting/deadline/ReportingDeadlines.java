package eu.cyberplan.incidentreporting.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The clocks of NIS2 Art. 23, counted in instants (time zones play no part): early warning within 24 h of
 * awareness, the CSIRT's reply within 24 h of the early warning (Art. 23(5)), notification within 72 h (24 h for a
 * trust service provider), an intermediate report only when requested, the final report one calendar month after
 * the notification; when the incident is still ongoing then, a progress report at that date instead and the final
 * report one month after the incident was handled. Late submissions count as late, never as refused.
 */
public final class ReportingDeadlines {

    public static final String EARLY_WARNING = "EARLY_WARNING";
    public static final String CSIRT_RESPONSE = "CSIRT_RESPONSE";
    public static final String NOTIFICATION = "NOTIFICATION";
    public static final String INTERMEDIATE = "INTERMEDIATE";
    public static final String PROGRESS = "PROGRESS";
    public static final String FINAL = "FINAL";

    static final Duration EARLY_WARNING_WITHIN = Duration.ofHours(24);
    static final Duration CSIRT_RESPONSE_WITHIN = Duration.ofHours(24);
    static final Duration NOTIFICATION_WITHIN = Duration.ofHours(72);
    static final Duration NOTIFICATION_WITHIN_TRUST_SERVICE = Duration.ofHours(24);

    private ReportingDeadlines() {
    }

    public static List<Deadline> of(ReportingTimeline t, Instant now) {
        Instant notificationDue = t.awareAt().plus(t.trustService() ? NOTIFICATION_WITHIN_TRUST_SERVICE : NOTIFICATION_WITHIN);
        return List.of(
                clock(EARLY_WARNING, t.awareAt().plus(EARLY_WARNING_WITHIN), t.earlyWarningAt(), now),
                clock(CSIRT_RESPONSE, t.earlyWarningAt() == null ? null : t.earlyWarningAt().plus(CSIRT_RESPONSE_WITHIN), t.csirtResponseAt(), now),
                clock(NOTIFICATION, notificationDue, t.notificationAt(), now),
                t.intermediateDueAt() == null ? notRequested(INTERMEDIATE) : clock(INTERMEDIATE, t.intermediateDueAt(), t.intermediateAt(), now),
                progress(t, now),
                finalReport(t, now));
    }

    /** The earliest clock still running, if any: what a duty officer must do next. */
    public static Optional<Deadline> next(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.open() && d.dueAt() != null).min(Comparator.comparing(Deadline::dueAt));
    }

    /** One calendar month later, in UTC; the day is clamped to the month's last (31 Jan → 28/29 Feb). */
    public static Instant oneMonthAfter(Instant at) {
        return at.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
    }

    private static Deadline progress(ReportingTimeline t, Instant now) {
        return progressDue(t, now) ? clock(PROGRESS, oneMonthAfter(t.notificationAt()), t.progressAt(), now) : notRequested(PROGRESS);
    }

    private static Deadline finalReport(ReportingTimeline t, Instant now) {
        if (t.notificationAt() == null) {
            return clock(FINAL, null, t.finalAt(), now);
        }
        if (!progressDue(t, now)) {
            return clock(FINAL, oneMonthAfter(t.notificationAt()), t.finalAt(), now);
        }
        return clock(FINAL, t.handledAt() == null ? null : oneMonthAfter(t.handledAt()), t.finalAt(), now);
    }

    /**
     * A progress report replaces the final report when the incident is still ongoing one month after the
     * notification: handled only later, or not yet handled once that date has passed, or a progress report given.
     */
    private static boolean progressDue(ReportingTimeline t, Instant now) {
        if (t.notificationAt() == null) {
            return false;
        }
        Instant month = oneMonthAfter(t.notificationAt());
        if (t.finalAt() != null && !t.finalAt().isAfter(month)) {
            return false;
        }
        if (t.progressAt() != null) {
            return true;
        }
        return t.handledAt() == null ? now.isAfter(month) : t.handledAt().isAfter(month);
    }

    private static Deadline clock(String stage, Instant dueAt, Instant submittedAt, Instant now) {
        if (submittedAt != null) {
            boolean late = dueAt != null && submittedAt.isAfter(dueAt);
            return new Deadline(stage, dueAt, submittedAt, late ? DeadlineState.LATE : DeadlineState.ON_TIME,
                    late ? "submitted late by " + words(Duration.between(dueAt, submittedAt)) : "submitted on time");
        }
        if (dueAt == null) {
            return new Deadline(stage, null, null, DeadlineState.PENDING, waitingFor(stage));
        }
        return now.isAfter(dueAt)
                ? new Deadline(stage, dueAt, null, DeadlineState.OVERDUE, "overdue by " + words(Duration.between(dueAt, now)))
                : new Deadline(stage, dueAt, null, DeadlineState.PENDING, "due in " + words(Duration.between(now, dueAt)));
    }

    private static Deadline notRequested(String stage) {
        return new Deadline(stage, null, null, DeadlineState.NOT_REQUESTED, "not requested");
    }

    private static String waitingFor(String stage) {
        return switch (stage) {
            case CSIRT_RESPONSE -> "due 24 h after the early warning";
            case FINAL -> "due one month after the notification, or after the incident is handled";
            default -> "not due yet";
        };
    }

    /** "2 d 3 h", "3 h 20 min", "45 min", "20 s": as precise as a person reading a deadline needs. */
    public static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return hours == 0 ? days + " d" : days + " d " + hours + " h";
        }
        if (hours > 0) {
            return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
        }
        return minutes + " min";
    }
}
