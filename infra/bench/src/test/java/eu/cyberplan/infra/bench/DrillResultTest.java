package eu.cyberplan.infra.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DrillResultTest {

    @ParameterizedTest(name = "[{index}] {9}")
    @CsvSource(delimiter = '|', textBlock = """
            # accepted | lost | duplicated | recovery s | 5xx not 503 | 503 w/o Retry-After | 4xx | half-written | fault's failure | verdict
            100 | 0 | 0 | 12.5 | 0 | 0 | 0   | 0 |      | PASS
            100 | 3 | 0 | 12.5 | 0 | 0 | 0   | 0 |      | FAILED: 3 lost
            100 | 0 | 2 | 12.5 | 0 | 0 | 0   | 0 |      | FAILED: 2 duplicated
            100 | 0 | 0 | 12.5 | 4 | 0 | 0   | 0 |      | FAILED: 5xx other than 503
            100 | 0 | 0 | 12.5 | 0 | 7 | 0   | 0 |      | FAILED: 503 without Retry-After
            100 | 0 | 0 | 12.5 | 0 | 0 | 451 | 0 |      | FAILED: 451 refused with 4xx
            100 | 0 | 0 | 12.5 | 0 | 0 | 0   | 1 |      | FAILED: 1 half-written
            100 | 0 | 0 |      | 0 | 0 | 0   | 0 |      | FAILED: not delivering again
            100 | 0 | 0 | 12.5 | 0 | 0 | 0   | 0 | poison row not parked | FAILED: poison row not parked
            0   | 0 | 0 |      | 0 | 0 | 0   | 0 |      | FAILED: nothing accepted, not delivering again
            100 | 5 | 1 |      | 2 | 0 | 0   | 0 |      | FAILED: 5 lost, 1 duplicated, 5xx other than 503, not delivering again
            """)
    void shouldPassOnlyWhenNothingIsLostDoubledOrRefusedWrongAndTheStackRecovers(long accepted, long lost, long duplicated,
            Double recoverySeconds, long errors, long withoutRetryAfter, long clientErrors, long halfWritten, String failure, String expected) {
        Optional<Duration> recovery = Optional.ofNullable(recoverySeconds).map(s -> Duration.ofMillis((long) (s * 1000)));
        DrillResult result = new DrillResult("kill -9 escalation", accepted + 10, accepted, accepted * 2, accepted * 2 - lost, lost, duplicated,
                recovery, "none", errors, withoutRetryAfter, "none", clientErrors, halfWritten, failure);

        assertEquals(expected, result.verdict());
        assertEquals(expected.equals("PASS"), result.passed());
    }

    @org.junit.jupiter.api.Test
    void shouldReportASkippedDrillAsSkippedNotFailed() {
        DrillResult skipped = DrillResult.skipped("PostgreSQL restart", "the stack runs on embedded PostgreSQL");

        assertEquals("SKIPPED: the stack runs on embedded PostgreSQL", skipped.verdict());
        assertEquals(true, skipped.skipped());
    }
}
