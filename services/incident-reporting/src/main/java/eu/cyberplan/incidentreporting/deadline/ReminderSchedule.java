package eu.cyberplan.incidentreporting.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When the reporting country is reminded of its NIS2 clocks (DESIGN §14): at 50 % and 90 % of each window still
 * open. A window runs from what starts its clock — awareness for the early warning and the notification, the early
 * warning for the CSIRT's reply, the notification for the final or progress report, the moment the incident was
 * handled for a final report after a progress report — to its due date. An intermediate report's window is unknown
 * (only its due date is kept), so it has none. Only reminders still ahead of {@code now} are planned: a clock filed
 * late is not reminded of the half it lost before anyone could act.
 */
public final class ReminderSchedule {

    /** The shares of a window after which the duty officer is reminded. */
    public static final List<Integer> PERCENTS = List.of(50, 90);

    /** One reminder: the clock, its share gone, when to remind and when the report is due. */
    public record Reminder(String stage, int percent, Instant at, Instant dueAt) {
    }

    private ReminderSchedule() {
    }

    public static List<Reminder> of(ReportingTimeline t, Instant now) {
        List<Reminder> reminders = new ArrayList<>();
        for (Deadline deadline : ReportingDeadlines.of(t, now)) {
            if (!deadline.open() || deadline.dueAt() == null) {
                continue;
            }
            Instant start = start(deadline.stage(), t);
            if (start == null || !start.isBefore(deadline.dueAt())) {
                continue;
            }
            Duration window = Duration.between(start, deadline.dueAt());
            for (int percent : PERCENTS) {
                Instant at = start.plus(window.multipliedBy(percent).dividedBy(100));
                if (at.isAfter(now)) {
                    reminders.add(new Reminder(deadline.stage(), percent, at, deadline.dueAt()));
                }
            }
        }
        return reminders;
    }

    private static Instant start(String stage, ReportingTimeline t) {
        return switch (stage) {
            case ReportingDeadlines.EARLY_WARNING, ReportingDeadlines.NOTIFICATION -> t.awareAt();
            case ReportingDeadlines.CSIRT_RESPONSE -> t.earlyWarningAt();
            case ReportingDeadlines.PROGRESS -> t.notificationAt();
            case ReportingDeadlines.FINAL -> t.progressAt() != null || t.handledAt() != null && t.notificationAt() != null
                    && t.handledAt().isAfter(ReportingDeadlines.oneMonthAfter(t.notificationAt())) ? t.handledAt() : t.notificationAt();
            default -> null;
        };
    }
}
