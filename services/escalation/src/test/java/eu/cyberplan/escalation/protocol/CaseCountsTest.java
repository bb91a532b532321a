package eu.cyberplan.escalation.protocol;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCountsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void shouldCountDeliveredCumulativelyAndNameTheOverdueCountries() {
        List<CaseAlert> alerts = List.of(
                alert("LV", CaseAlert.Status.ACKNOWLEDGED, T0.plusSeconds(5), T0.plusSeconds(60)),
                alert("LT", CaseAlert.Status.DELIVERED, T0.plusSeconds(5), null),
                alert("MT", CaseAlert.Status.DISPATCHED, null, null),
                alert("CY", CaseAlert.Status.ACKNOWLEDGED, null, T0.plusSeconds(30)));
        CaseCounts counts = CaseCounts.of(alerts, T0.plusSeconds(3600));
        assertThat(counts.recipients()).isEqualTo(4);
        assertThat(counts.delivered()).as("acknowledged alerts count as delivered").isEqualTo(3);
        assertThat(counts.acknowledged()).isEqualTo(2);
        assertThat(counts.overdue()).isEqualTo(2);
        assertThat(counts.overdueCountries()).containsExactly("LT", "MT");
        assertThat(counts.summary()).isEqualTo("delivered 3/4, acknowledged 2/4, overdue: LT, MT");
    }

    @Test
    void shouldLeaveOutTheCountriesATlpChangeWithdrew() {
        CaseAlert withdrawn = new CaseAlert(UUID.randomUUID(), "LT", CaseAlert.Kind.ALERT, CaseAlert.Status.DELIVERED, T0, T0.plusSeconds(5), null, null, T0.plusSeconds(900),
                null, null, null, null, null, T0.plusSeconds(600));
        CaseCounts counts = CaseCounts.of(List.of(alert("LV", CaseAlert.Status.ACKNOWLEDGED, T0.plusSeconds(5), T0.plusSeconds(60)), withdrawn), T0.plusSeconds(3600));
        assertThat(counts.summary()).isEqualTo("delivered 1/1, acknowledged 1/1");
    }

    @Test
    void shouldCountNothingOverdueBeforeTheDeadline() {
        CaseCounts counts = CaseCounts.of(List.of(alert("LV", CaseAlert.Status.DISPATCHED, null, null)), T0.plusSeconds(60));
        assertThat(counts.overdue()).isZero();
    }

    private static CaseAlert alert(String country, CaseAlert.Status status, Instant deliveredAt, Instant acknowledgedAt) {
        return new CaseAlert(UUID.randomUUID(), country, CaseAlert.Kind.ALERT, status, T0, deliveredAt, acknowledgedAt,
                acknowledgedAt == null ? null : "ncp." + country.toLowerCase(), T0.plusSeconds(900), null, null, null, null, null, null);
    }
}
