package eu.cyberplan.infra.launcher;

import eu.cyberplan.infra.launcher.RestartPolicy.RestartDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RestartPolicyTest {

    private static final Instant EXIT = Instant.parse("2026-12-06T23:00:00Z");

    /** Earlier restarts as "minutes before the exit", separated by spaces; empty = never restarted. */
    @ParameterizedTest(name = "[{index}] restarts {0} min before the exit -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''            | restart after 1 s (restart 1)
            '3'           | restart after 2 s (restart 2)
            '4 3'         | restart after 4 s (restart 3)
            '5 4 3'       | restart after 8 s (restart 4)
            '6 5 4 3'     | restart after 8 s (restart 5)
            '9 6 5 4 3'   | give up after 5 restarts (crash-looping: 5 restarts within 10 min)
            '1 1 1 1 1 1' | give up after 6 restarts (crash-looping: 6 restarts within 10 min)
            '11 9 6 5 4'  | restart after 8 s (restart 5)
            '60 50 40 30 20' | restart after 1 s (restart 1)
            '10'          | restart after 1 s (restart 1)
            '0'           | restart after 2 s (restart 2)
            """)
    void shouldRestartWithGrowingBackoffUntilTheChildCrashLoops(String minutesBefore, String expected) {
        List<Instant> restarts = minutesBefore.isBlank() ? List.of()
                : Arrays.stream(minutesBefore.trim().split(" +")).map(m -> EXIT.minus(Duration.ofMinutes(Long.parseLong(m)))).toList();

        assertEquals(expected, describe(RestartPolicy.DEFAULT.decide(restarts, EXIT)));
    }

    @ParameterizedTest(name = "[{index}] {0} earlier restarts in the window -> {1} ms")
    @CsvSource({"0, 250", "1, 500", "2, 1000", "3, 1500", "4, 1500"})
    void shouldNeverWaitLongerThanTheLongestDelay(int earlier, long expectedMillis) {
        RestartPolicy policy = new RestartPolicy(10, Duration.ofMinutes(1), Duration.ofMillis(250), Duration.ofMillis(1500));
        List<Instant> restarts = java.util.stream.Stream.generate(() -> EXIT.minusSeconds(5)).limit(earlier).toList();

        assertEquals(Duration.ofMillis(expectedMillis), policy.decide(restarts, EXIT).delay());
    }

    @Test
    void shouldRefuseAPolicyThatCouldNeverRestart() {
        assertThrows(IllegalArgumentException.class, () -> new RestartPolicy(0, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RestartPolicy(3, Duration.ofMinutes(1), Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    private static String describe(RestartDecision decision) {
        return decision.restart()
                ? "restart after " + decision.delay().toSeconds() + " s (restart " + decision.restartCount() + ")"
                : "give up after " + decision.restartCount() + " restarts (" + decision.reason() + ")";
    }
}
