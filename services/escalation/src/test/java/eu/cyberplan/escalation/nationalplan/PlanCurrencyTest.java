package eu.cyberplan.escalation.nationalplan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCurrencyTest {

    @ParameterizedTest(name = "approved {0}, now {1} -> current {2}")
    @CsvSource({
            "2026-11-23T03:00:00Z, 2026-11-23T03:00:00Z, true",
            "2025-11-23T03:00:00Z, 2026-11-23T03:00:00Z, true",
            "2025-11-23T02:59:59Z, 2026-11-23T03:00:00Z, false",
            "2025-02-28T00:00:00Z, 2026-02-28T00:00:00Z, true",
            // 12 months before 28 Feb 2025 is 28 Feb 2024: a plan of 29 Feb 2024 is still current, one of the 27th is not
            "2024-02-29T00:00:00Z, 2025-02-28T00:00:00Z, true",
            "2024-02-27T23:59:59Z, 2025-02-28T00:00:00Z, false",
            "2020-01-01T00:00:00Z, 2026-11-23T03:00:00Z, false"})
    void shouldCallAPlanCurrentForTwelveMonthsAfterItsApproval(Instant approvedAt, Instant now, boolean current) {
        assertThat(PlanCurrency.current(approvedAt, now)).isEqualTo(current);
    }
}
