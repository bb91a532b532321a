package eu.cyberplan.contactpoints.channel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15));

    @ParameterizedTest(name = "after {0} failed attempts wait {1}")
    @CsvSource({
            "1, PT5S",
            "2, PT10S",
            "3, PT20S",
            "4, PT40S",
            "5, PT1M20S",
            "6, PT2M40S",
            "7, PT5M20S",
            "8, PT10M40S",
            "9, PT15M",
            "12, PT15M",
            "64, PT15M",
            "2147483647, PT15M"
    })
    void shouldDoubleTheWaitAfterEachFailureUpToTheCap(int failedAttempts, Duration wait) {
        assertThat(backoff.after(failedAttempts)).isEqualTo(wait);
    }

    @ParameterizedTest(name = "initial {0}, cap {1}: after {2} failures wait {3}")
    @CsvSource({
            "PT1S, PT1S, 1, PT1S",
            "PT1S, PT1S, 30, PT1S",
            "PT2S, PT3S, 1, PT2S",
            "PT2S, PT3S, 2, PT3S",
            "PT0.5S, PT10S, 3, PT2S"
    })
    void shouldHonourAnyConfiguredInitialDelayAndCap(Duration initial, Duration max, int failedAttempts, Duration wait) {
        assertThat(new Backoff(initial, max).after(failedAttempts)).isEqualTo(wait);
    }

    @Test
    void shouldRefuseNonsense() {
        assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
