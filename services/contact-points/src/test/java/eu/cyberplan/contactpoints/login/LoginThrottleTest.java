package eu.cyberplan.contactpoints.login;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private final LoginThrottle fivePerQuarterHour = new LoginThrottle(5, Duration.ofMinutes(15));

    @ParameterizedTest(name = "failures {0} minutes ago: retry after {1} s")
    @CsvSource(delimiter = '|', value = {
            "''                 | open",
            "1 2 3 4            | open",
            "1 2 3 4 5          | 600",
            "0 0 0 0 0          | 900",
            "1 2 3 4 14         | 60",
            "1 2 3 4 15         | open",
            "1 2 3 4 16 17 18   | open",
            "1 1 1 1 1 1 1 1 14 | 840",
    })
    void shouldCloseTheDoorUntilTheFifthNewestFailureLeavesTheWindow(String minutesAgo, String expected) {
        List<Instant> failures = minutesAgo.isBlank() ? List.of()
                : Arrays.stream(minutesAgo.split(" ")).map(m -> NOW.minus(Duration.ofMinutes(Long.parseLong(m)))).toList();
        assertThat(fivePerQuarterHour.retryAfter(failures, NOW).map(d -> Long.toString(d.toSeconds())).orElse("open")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ms to wait is announced as {1} s")
    @CsvSource({"1, 1", "999, 1", "1000, 1", "1001, 2"})
    void shouldRoundTheWaitUpToWholeSeconds(long millisToWait, long seconds) {
        Instant fifth = NOW.minus(Duration.ofMinutes(15)).plusMillis(millisToWait);
        List<Instant> failures = List.of(NOW, NOW, NOW, NOW, fifth);
        assertThat(fivePerQuarterHour.retryAfter(failures, NOW)).hasValue(Duration.ofSeconds(seconds));
    }
}
