package eu.cyberplan.incidentreporting.incident;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingDeadlinesTest {

    private static final Instant AWARE = Instant.parse("2026-11-20T10:00:00Z");

    @ParameterizedTest(name = "early warning at {0}, now {1}, trust service {2}")
    @CsvSource({
            // submitted,             now,                    trust, early state, notification due,      notification state
            "2026-11-20T11:00:00Z, 2026-11-20T11:00:00Z, false, ON_TIME, 2026-11-23T10:00:00Z, PENDING",
            "2026-11-21T10:00:00Z, 2026-11-21T10:00:00Z, false, ON_TIME, 2026-11-23T10:00:00Z, PENDING",
            "2026-11-21T10:00:01Z, 2026-11-21T10:00:01Z, false, LATE,    2026-11-23T10:00:00Z, PENDING",
            "2026-11-20T11:00:00Z, 2026-11-23T10:00:01Z, false, ON_TIME, 2026-11-23T10:00:00Z, OVERDUE",
            "2026-11-20T11:00:00Z, 2026-11-21T10:00:01Z, true,  ON_TIME, 2026-11-21T10:00:00Z, OVERDUE",
    })
    void shouldCountTheNis2ClocksFromAwareness(Instant submitted, Instant now, boolean trustService, String earlyState,
                                               Instant notificationDue, String notificationState) {
        List<ReportingDeadlines.Deadline> deadlines = ReportingDeadlines.at(AWARE, submitted, trustService, now);
        assertThat(deadlines.get(0).dueAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(deadlines.get(0).state()).isEqualTo(earlyState);
        assertThat(deadlines.get(1).dueAt()).isEqualTo(notificationDue);
        assertThat(deadlines.get(1).state()).isEqualTo(notificationState);
    }
}
