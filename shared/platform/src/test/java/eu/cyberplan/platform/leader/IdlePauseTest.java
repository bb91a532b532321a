package eu.cyberplan.platform.leader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdlePauseTest {

    /** Looks as W (found work) and - (found none), and the pauses after each, in ms; busy 250 ms, idle ceiling 2 s. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            W        | 250
            -        | 500
            ---      | 500 1000 2000
            ------   | 500 1000 2000 2000 2000 2000
            ----W    | 500 1000 2000 2000 250
            ----W-   | 500 1000 2000 2000 250 500
            W-W-     | 250 500 250 500
            """)
    void shouldBackOffWhileIdleAndSnapBackOnWork(String looks, String pauses) {
        IdlePause pause = new IdlePause(Duration.ofMillis(250), Duration.ofSeconds(2));
        List<String> actual = new ArrayList<>();
        for (char look : looks.toCharArray()) {
            actual.add(String.valueOf(pause.after(look == 'W').toMillis()));
        }
        assertEquals(pauses, String.join(" ", actual));
    }

    @ParameterizedTest
    @CsvSource({"250, 100, 250", "250, 250, 250"})
    void shouldNeverWaitLessThanTheBusyIntervalWhenTheCeilingIsBelowIt(long busyMillis, long idleMillis, long expectedMillis) {
        IdlePause pause = new IdlePause(Duration.ofMillis(busyMillis), Duration.ofMillis(idleMillis));
        assertEquals(expectedMillis, pause.after(false).toMillis());
    }
}
