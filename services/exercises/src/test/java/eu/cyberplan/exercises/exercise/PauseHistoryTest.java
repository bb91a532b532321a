package eu.cyberplan.exercises.exercise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PauseHistoryTest {

    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

    /** 10×, paused from T0+100 s to T0+400 s, and again from T0+1000 s on. */
    private static final PauseHistory HISTORY = new PauseHistory(T0, 10, List.of(
            new PauseHistory.Pause(T0.plusSeconds(100), T0.plusSeconds(400)),
            new PauseHistory.Pause(T0.plusSeconds(1000), null)));

    @ParameterizedTest(name = "T0 + {0} s on the wall = {1} s of exercise time")
    @CsvSource({"-5, 0", "0, 0", "50, 500", "100, 1000", "250, 1000", "400, 1000", "500, 2000", "1000, 7000", "5000, 7000"})
    void shouldLeaveThePausesOut(long wallSeconds, long exerciseSeconds) {
        assertThat(HISTORY.exerciseSecondsAt(T0.plusSeconds(wallSeconds))).isEqualTo(exerciseSeconds);
    }
}
