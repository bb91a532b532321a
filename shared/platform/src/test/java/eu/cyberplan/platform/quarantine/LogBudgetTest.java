package eu.cyberplan.platform.quarantine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood of quarantined records writes a few lines a minute per kind, then tells how many it left out. */
class LogBudgetTest {

    private static final Instant T0 = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void shouldWriteUpToTheBudgetThenCountAndTellTheCountWithTheNextWindowsFirstLine() {
        LogBudget budget = new LogBudget(3, Duration.ofMinutes(1));

        assertThat(budget.take("g UNKNOWN_NODE west", T0)).hasValue(0);
        assertThat(budget.take("g UNKNOWN_NODE west", T0.plusSeconds(1))).hasValue(0);
        assertThat(budget.take("g UNKNOWN_NODE west", T0.plusSeconds(2))).hasValue(0);
        assertThat(budget.take("g UNKNOWN_NODE west", T0.plusSeconds(3))).isEqualTo(OptionalLong.empty());
        assertThat(budget.take("g UNKNOWN_NODE west", T0.plusSeconds(59))).isEqualTo(OptionalLong.empty());
        assertThat(budget.take("g BAD_SIGNATURE west", T0.plusSeconds(59))).as("another kind has its own budget").hasValue(0);

        assertThat(budget.take("g UNKNOWN_NODE west", T0.plusSeconds(60))).as("the two left out, told").hasValue(2);
        assertThat(budget.take("g UNKNOWN_NODE west", T0.plusSeconds(61))).hasValue(0);
    }
}
