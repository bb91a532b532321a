package eu.cyberplan.incidentreporting.report;

import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Which report may come next, as a table: the state of the incident, the stage asked for, allowed or the reason. */
class StageOrderTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    @ParameterizedTest(name = "{0}: {1} on {2} → {3}")
    @CsvSource({
            // what is in,                           stage,         status,    refused because (empty = allowed)
            "early warning,                          NOTIFICATION,  OPEN,      ",
            "early warning,                          INTERMEDIATE,  OPEN,      after the incident notification",
            "early warning,                          PROGRESS,      OPEN,      after the incident notification",
            "early warning,                          FINAL,         OPEN,      after the incident notification",
            "notification,                           NOTIFICATION,  OPEN,      the notification was submitted",
            "notification,                           INTERMEDIATE,  OPEN,      no intermediate report was requested",
            "notification,                           PROGRESS,      OPEN,      ",
            "notification,                           FINAL,         OPEN,      ",
            "notification + intermediate requested,  INTERMEDIATE,  OPEN,      ",
            "notification + intermediate in,         INTERMEDIATE,  OPEN,      no intermediate report was requested",
            "final,                                  PROGRESS,      OPEN,      the final report is in",
            "final,                                  FINAL,         OPEN,      the final report was submitted",
            "notification,                           FINAL,         CLOSED,    ",
            "notification,                           PROGRESS,      CLOSED,    only its final report",
            "notification,                           FINAL,         RETRACTED, retracted",
            "early warning,                          NOTIFICATION,  RETRACTED, retracted",
    })
    void shouldTakeTheReportsInTheirNis2Order(String in, String stage, String status, String reason) {
        ReportingTimeline t = ReportingTimeline.filed(T, false, T);
        if (in.startsWith("notification") || in.equals("final")) {
            t = t.withNotification(T);
        }
        if (in.contains("intermediate")) {
            t = t.withIntermediateRequested(T.plusSeconds(86_400));
        }
        if (in.endsWith("intermediate in")) {
            t = t.withIntermediate(T.plusSeconds(3_600));
        }
        if (in.equals("final")) {
            t = t.withFinal(T.plusSeconds(7_200));
        }
        if (reason == null) {
            assertThat(StageOrder.refusal(stage, status, t)).isEmpty();
        } else {
            assertThat(StageOrder.refusal(stage, status, t)).hasValueSatisfying(why -> assertThat(why).contains(reason));
        }
    }
}
