package eu.cyberplan.escalation.exercise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ExercisePauseTest {

    private static final Instant PAUSED = Instant.parse("2026-12-07T10:00:00Z");

    @ParameterizedTest(name = "due {0} at a pause at 10:00 → held {1}")
    @CsvSource({
            "2026-12-07T10:00:01Z, true",
            "2026-12-07T11:00:00Z, true",
            "2026-12-07T10:00:00Z, false",   // due at the very moment: it fires as it would have
            "2026-12-07T09:59:59Z, false",   // missed before the pause
    })
    void shouldHoldOnlyTheDeadlinesStillAhead(Instant due, boolean held) {
        assertThat(ExercisePause.holds(due, PAUSED)).isEqualTo(held);
    }

    @ParameterizedTest(name = "held from {0}, resumed {1} → moved {2}")
    @CsvSource({
            "2026-12-07T10:00:00Z, 2026-12-07T10:10:00Z, PT10M",
            "2026-12-07T10:04:00Z, 2026-12-07T10:10:00Z, PT6M",   // set during the pause: moved by what was left of it
            "2026-12-07T10:00:00Z, 2026-12-07T10:00:00Z, PT0S",
            "2026-12-07T10:00:00Z, 2026-12-07T09:59:00Z, PT0S",   // a resumption stamped before the hold (another machine's clock)
    })
    void shouldMoveAHeldDeadlineByTheTimeItWasHeld(Instant heldAt, Instant resumedAt, Duration moved) {
        assertThat(ExercisePause.shift(heldAt, resumedAt)).isEqualTo(moved);
    }
}
