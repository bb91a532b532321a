package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementSlaTest {

    private static final Instant DISPATCHED = Instant.parse("2026-11-23T03:00:00Z");
    private static final AcknowledgementSla DESIGN_DEFAULTS = new AcknowledgementSla(Map.of(Severity.CRITICAL, Duration.ofMinutes(15),
            Severity.HIGH, Duration.ofHours(1), Severity.MEDIUM, Duration.ofHours(4), Severity.LOW, Duration.ofHours(24)));

    @ParameterizedTest(name = "{0} at compression {1} → {2}")
    @CsvSource({
            "CRITICAL, 1,  PT15M",
            "HIGH,     1,  PT1H",
            "MEDIUM,   1,  PT4H",
            "LOW,      1,  PT24H",
            "CRITICAL, 60, PT15S",
            "LOW,      60, PT24M",
            "HIGH,     0.5, PT1H",
    })
    void shouldGiveTheDefaultDeadlinesDividedByTheExerciseCompression(Severity severity, double compression, Duration expected) {
        assertThat(DESIGN_DEFAULTS.deadline(severity, DISPATCHED, compression)).isEqualTo(DISPATCHED.plus(expected));
    }
}
