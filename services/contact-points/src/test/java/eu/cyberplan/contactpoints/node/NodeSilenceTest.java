package eu.cyberplan.contactpoints.node;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NodeSilenceTest {

    private static final Instant LAST_SEEN = Instant.parse("2026-12-07T03:00:00Z");

    @ParameterizedTest(name = "interval {0} s, {1} s after the last heartbeat → silent: {2}")
    @CsvSource(textBlock = """
            5,    0, false
            5,    5, false
            5,   14, false
            5,   15, false
            5,   16, true
            5,  600, true
            30,  89, false
            30,  90, false
            30,  91, true
            1,    3, false
            1,    4, true
            0,    3, false
            0,    4, true
            """)
    void shouldCallANodeSilentOnlyAfterMoreThanThreeMissedHeartbeats(int intervalSeconds, long secondsAfter, boolean silent) {
        assertThat(NodeSilence.silent(LAST_SEEN, intervalSeconds, LAST_SEEN.plusSeconds(secondsAfter))).isEqualTo(silent);
    }
}
