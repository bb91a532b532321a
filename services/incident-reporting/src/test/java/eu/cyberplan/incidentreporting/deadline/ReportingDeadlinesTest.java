package eu.cyberplan.incidentreporting.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The NIS2 Art. 23 clocks as a table: instants in, states out. */
class ReportingDeadlinesTest {

    private static final Instant AWARE = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant EARLY = Instant.parse("2026-11-20T12:00:00Z");

    @ParameterizedTest(name = "early warning at {0}, now {1}, trust service {2}")
    @CsvSource({
            // submitted,             now,                   trust, early state, notification due,     notification state
            "2026-11-20T11:00:00Z, 2026-11-20T11:00:00Z, false, ON_TIME, 2026-11-23T10:00:00Z, PENDING",
            "2026-11-21T10:00:00Z, 2026-11-21T10:00:00Z, false, ON_TIME, 2026-11-23T10:00:00Z, PENDING",
            "2026-11-21T10:00:01Z, 2026-11-21T10:00:01Z, false, LATE,    2026-11-23T10:00:00Z, PENDING",
            "2026-11-20T11:00:00Z, 2026-11-23T10:00:00Z, false, ON_TIME, 2026-11-23T10:00:00Z, PENDING",
            "2026-11-20T11:00:00Z, 2026-11-23T10:00:01Z, false, ON_TIME, 2026-11-23T10:00:00Z, OVERDUE",
            "2026-11-20T11:00:00Z, 2026-11-21T10:00:00Z, true,  ON_TIME, 2026-11-21T10:00:00Z, PENDING",
            "2026-11-20T11:00:00Z, 2026-11-21T10:00:01Z, true,  ON_TIME, 2026-11-21T10:00:00Z, OVERDUE",
    })
    void shouldCountTheFirstClocksFromAwareness(Instant submitted, Instant now, boolean trustService, DeadlineState earlyState,
                                                Instant notificationDue, DeadlineState notificationState) {
        List<Deadline> deadlines = ReportingDeadlines.of(ReportingTimeline.filed(AWARE, trustService, submitted), now);
        assertThat(deadlines.get(0).dueAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(deadlines.get(0).state()).isEqualTo(earlyState);
        assertThat(deadlines.get(2).stage()).isEqualTo("NOTIFICATION");
        assertThat(deadlines.get(2).dueAt()).isEqualTo(notificationDue);
        assertThat(deadlines.get(2).state()).isEqualTo(notificationState);
    }

    @ParameterizedTest(name = "notification {0} → final due {1}")
    @CsvSource({
            "2026-01-31T09:00:00Z, 2026-02-28T09:00:00Z",
            "2028-01-31T09:00:00Z, 2028-02-29T09:00:00Z",
            "2026-03-31T23:30:00Z, 2026-04-30T23:30:00Z",
            "2026-12-15T00:00:00Z, 2027-01-15T00:00:00Z",
            "2026-10-25T00:30:00Z, 2026-11-25T00:30:00Z",
    })
    void shouldDueTheFinalReportOneCalendarMonthAfterTheNotificationInUtc(Instant notification, Instant finalDue) {
        assertThat(ReportingDeadlines.oneMonthAfter(notification)).isEqualTo(finalDue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                                         handled,              progress,             final,                now,                  progress state, progress due,       final state,   final due
            "'final in time, handled before the month',      2026-12-10T00:00:00Z, ,                     2026-12-15T00:00:00Z, 2027-01-01T00:00:00Z, NOT_REQUESTED,  ,                    ON_TIME,       2026-12-21T10:00:00Z",
            "'before the month, nothing yet',                ,                     ,                     ,                     2026-12-01T00:00:00Z, NOT_REQUESTED,  ,                    PENDING,       2026-12-21T10:00:00Z",
            "'handled, month passed, no final',              2026-12-10T00:00:00Z, ,                     ,                     2026-12-22T00:00:00Z, NOT_REQUESTED,  ,                    OVERDUE,       2026-12-21T10:00:00Z",
            "'still ongoing at the month, no progress',      ,                     ,                     ,                     2026-12-22T00:00:00Z, OVERDUE,        2026-12-21T10:00:00Z, PENDING,      ",
            "'ongoing, progress in time',                    ,                     2026-12-20T00:00:00Z, ,                     2026-12-22T00:00:00Z, ON_TIME,        2026-12-21T10:00:00Z, PENDING,      ",
            "'ongoing, progress late',                       ,                     2026-12-23T00:00:00Z, ,                     2026-12-24T00:00:00Z, LATE,           2026-12-21T10:00:00Z, PENDING,      ",
            "'handled after the month: final a month later', 2027-01-05T00:00:00Z, 2026-12-20T00:00:00Z, ,                     2027-01-06T00:00:00Z, ON_TIME,        2026-12-21T10:00:00Z, PENDING,       2027-02-05T00:00:00Z",
            "'final within a month of handling',             2027-01-05T00:00:00Z, 2026-12-20T00:00:00Z, 2027-02-05T00:00:00Z, 2027-02-06T00:00:00Z, ON_TIME,        2026-12-21T10:00:00Z, ON_TIME,       2027-02-05T00:00:00Z",
            "'final a second after a month of handling',     2027-01-05T00:00:00Z, 2026-12-20T00:00:00Z, 2027-02-05T00:00:01Z, 2027-02-06T00:00:00Z, ON_TIME,        2026-12-21T10:00:00Z, LATE,          2027-02-05T00:00:00Z",
            "'final overdue a month after handling',         2027-01-05T00:00:00Z, 2026-12-20T00:00:00Z, ,                     2027-02-05T00:00:01Z, ON_TIME,        2026-12-21T10:00:00Z, OVERDUE,       2027-02-05T00:00:00Z",
    })
    void shouldAskForAProgressReportInsteadOfTheFinalWhileTheIncidentIsOngoing(String name, Instant handled, Instant progress, Instant fin,
                                                                               Instant now, DeadlineState progressState, Instant progressDue,
                                                                               DeadlineState finalState, Instant finalDue) {
        ReportingTimeline timeline = new ReportingTimeline(AWARE, false, EARLY, null, Instant.parse("2026-11-21T10:00:00Z"), null, null,
                progress, fin, handled);
        List<Deadline> deadlines = ReportingDeadlines.of(timeline, now);
        Deadline progressClock = deadlines.get(4);
        Deadline finalClock = deadlines.get(5);
        assertThat(progressClock.stage()).isEqualTo("PROGRESS");
        assertThat(progressClock.state()).isEqualTo(progressState);
        assertThat(progressClock.dueAt()).isEqualTo(progressDue);
        assertThat(finalClock.stage()).isEqualTo("FINAL");
        assertThat(finalClock.state()).isEqualTo(finalState);
        assertThat(finalClock.dueAt()).isEqualTo(finalDue);
    }

    @ParameterizedTest(name = "intermediate requested {0}, submitted {1}, now {2} → {3}")
    @CsvSource({
            ",                     ,                     2026-11-25T00:00:00Z, NOT_REQUESTED",
            "2026-11-26T00:00:00Z, ,                     2026-11-25T00:00:00Z, PENDING",
            "2026-11-26T00:00:00Z, ,                     2026-11-26T00:00:01Z, OVERDUE",
            "2026-11-26T00:00:00Z, 2026-11-26T00:00:00Z, 2026-11-27T00:00:00Z, ON_TIME",
            "2026-11-26T00:00:00Z, 2026-11-26T00:00:01Z, 2026-11-27T00:00:00Z, LATE",
    })
    void shouldClockAnIntermediateReportOnlyWhenRequested(Instant due, Instant submitted, Instant now, DeadlineState state) {
        ReportingTimeline timeline = new ReportingTimeline(AWARE, false, EARLY, null, Instant.parse("2026-11-21T10:00:00Z"), due, submitted,
                null, null, null);
        assertThat(ReportingDeadlines.of(timeline, now).get(3).state()).isEqualTo(state);
    }

    @ParameterizedTest(name = "CSIRT reply at {0}, now {1} → {2}")
    @CsvSource({
            ",                     2026-11-21T12:00:00Z, PENDING",
            ",                     2026-11-21T12:00:01Z, OVERDUE",
            "2026-11-21T12:00:00Z, 2026-11-22T00:00:00Z, ON_TIME",
            "2026-11-21T12:00:01Z, 2026-11-22T00:00:00Z, LATE",
    })
    void shouldGiveTheCsirt24HoursToReplyToTheEarlyWarning(Instant replied, Instant now, DeadlineState state) {
        ReportingTimeline timeline = ReportingTimeline.filed(AWARE, false, EARLY).withCsirtResponse(replied);
        Deadline reply = ReportingDeadlines.of(timeline, now).get(1);
        assertThat(reply.stage()).isEqualTo("CSIRT_RESPONSE");
        assertThat(reply.dueAt()).isEqualTo(Instant.parse("2026-11-21T12:00:00Z"));
        assertThat(reply.state()).isEqualTo(state);
    }

    @Test
    void shouldNameTheEarliestRunningClockAsTheNextDeadline() {
        Instant now = Instant.parse("2026-11-20T13:00:00Z");
        List<Deadline> deadlines = ReportingDeadlines.of(ReportingTimeline.filed(AWARE, false, EARLY), now);
        assertThat(ReportingDeadlines.next(deadlines)).hasValueSatisfying(next -> {
            assertThat(next.stage()).isEqualTo("CSIRT_RESPONSE");
            assertThat(next.text()).isEqualTo("due in 23 h");
        });
    }

    @ParameterizedTest(name = "{0} s → {1}")
    @CsvSource({"20, 20 s", "60, 1 min", "12000, 3 h 20 min", "7200, 2 h", "183600, 2 d 3 h", "172800, 2 d"})
    void shouldSayDurationsAsAPersonReadsThem(long seconds, String words) {
        assertThat(ReportingDeadlines.words(Duration.ofSeconds(seconds))).isEqualTo(words);
    }
}
