package eu.cyberplan.incidentreporting.deadline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When the reporting country is reminded of each NIS2 clock: at half and nine tenths of its window, if still ahead. */
class ReminderScheduleTest {

    private static final Instant AWARE = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant FILED = AWARE.plus(Duration.ofHours(2));

    @Test
    void shouldRemindOfTheCsirtReplyAndTheNotificationOfAnIncidentJustFiled() {
        ReportingTimeline filed = ReportingTimeline.filed(AWARE, false, FILED);

        assertThat(lines(ReminderSchedule.of(filed, FILED))).containsExactly(
                "CSIRT_RESPONSE 50 2026-12-01T14:00:00Z due 2026-12-02T02:00:00Z",
                "CSIRT_RESPONSE 90 2026-12-01T23:36:00Z due 2026-12-02T02:00:00Z",
                "NOTIFICATION 50 2026-12-02T12:00:00Z due 2026-12-04T00:00:00Z",
                "NOTIFICATION 90 2026-12-03T16:48:00Z due 2026-12-04T00:00:00Z");
    }

    @Test
    void shouldUseTheShorterWindowOfATrustServiceProvider() {
        ReportingTimeline filed = ReportingTimeline.filed(AWARE, true, FILED);

        assertThat(lines(ReminderSchedule.of(filed, FILED))).contains("NOTIFICATION 50 2026-12-01T12:00:00Z due 2026-12-02T00:00:00Z",
                "NOTIFICATION 90 2026-12-01T21:36:00Z due 2026-12-02T00:00:00Z");
    }

    @Test
    void shouldNotRemindOfWhatIsAlreadyBehindOrAlreadyIn() {
        Instant late = AWARE.plus(Duration.ofHours(50));
        ReportingTimeline filedLate = ReportingTimeline.filed(AWARE, false, late);
        assertThat(lines(ReminderSchedule.of(filedLate, late))).as("half the notification window was gone before anyone could act")
                .contains("NOTIFICATION 90 2026-12-03T16:48:00Z due 2026-12-04T00:00:00Z").noneMatch(line -> line.startsWith("NOTIFICATION 50"));

        ReportingTimeline notified = ReportingTimeline.filed(AWARE, false, FILED).withCsirtResponse(FILED.plusSeconds(600))
                .withNotification(AWARE.plus(Duration.ofHours(30)));
        assertThat(lines(ReminderSchedule.of(notified, AWARE.plus(Duration.ofHours(30))))).containsExactly(
                "FINAL 50 2026-12-17T18:00:00Z due 2027-01-02T06:00:00Z",
                "FINAL 90 2026-12-30T03:36:00Z due 2027-01-02T06:00:00Z");
    }

    @Test
    void shouldRemindOfNothingOnceEveryReportIsIn() {
        Instant at = AWARE.plus(Duration.ofHours(30));
        ReportingTimeline done = ReportingTimeline.filed(AWARE, false, FILED).withCsirtResponse(FILED).withNotification(at).withFinal(at.plusSeconds(60));

        assertThat(ReminderSchedule.of(done, at.plusSeconds(60))).isEmpty();
    }

    private static List<String> lines(List<ReminderSchedule.Reminder> reminders) {
        return reminders.stream().map(r -> r.stage() + " " + r.percent() + " " + r.at() + " due " + r.dueAt()).toList();
    }
}
