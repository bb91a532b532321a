package eu.cyberplan.escalation.situation;

import eu.cyberplan.escalation.assistance.AssistanceViews;
import eu.cyberplan.escalation.checklist.CaseChecklist;
import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.events.v1.CrisisLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IsaReportTest {

    private static final Instant T = Instant.parse("2026-12-07T03:00:00Z");

    @ParameterizedTest(name = "{0}: report made {1}")
    @CsvSource({"TECHNICAL, false", "OPERATIONAL, false", "POLITICAL, true"})
    void shouldBeMadeForThePoliticalLevelOnly(CrisisLevel level, boolean made) {
        assertThat(IsaReport.refusal(level).isEmpty()).isEqualTo(made);
        IsaReport.refusal(level).ifPresent(why -> assertThat(why).contains(level.name(), "/situation"));
    }

    @Test
    void shouldSummariseCountriesByTheirLatestAlertAndTheWorstImpactReported() {
        List<CaseAlert> alerts = List.of(
                alert("LV", CaseAlert.Kind.ALERT, CaseAlert.Status.ACKNOWLEDGED, T),
                alert("LT", CaseAlert.Kind.ALERT, CaseAlert.Status.OVERDUE, null),
                alert("LT", CaseAlert.Kind.CORRECTION, CaseAlert.Status.DELIVERED, null),   // not a second country
                alert("FI", CaseAlert.Kind.ALERT, CaseAlert.Status.DELIVERED, null));
        SituationView view = view(
                List.of(report("LV", "yellow", "stable"), report("EU", "red", "worsening"), report("LT", "red", "improving"), report("FI", "white", "stable")),
                List.of(deadline("LT", "OVERDUE"), deadline("FI", "DELIVERED")),
                List.of(request("OPEN"), request("ACCEPTED")),
                List.of(checklist("LV", 0), checklist("LT", 2)));

        IsaReport.Summary summary = IsaReport.summarise(view, alerts);

        assertThat(summary.countriesAlerted()).isEqualTo(3);
        assertThat(summary.countriesAcknowledged()).isEqualTo(1);
        assertThat(summary.alertsOpen()).isEqualTo(2);
        assertThat(summary.alertsOverdue()).isEqualTo(1);
        assertThat(summary.countriesReporting()).as("the coordinators (EU) are no country").isEqualTo(3);
        assertThat(summary.worstImpact()).isEqualTo("red");
        assertThat(summary.outlookOfWorst()).as("the first red in the view's order (newest first)").isEqualTo("worsening");
        assertThat(summary.assistanceOpen()).isEqualTo(1);
        assertThat(summary.assistanceMet()).isEqualTo(1);
        assertThat(summary.checklistsWithOverdueSteps()).isEqualTo(1);
    }

    @Test
    void shouldSummariseACaseWithNothingYet() {
        IsaReport.Summary summary = IsaReport.summarise(view(List.of(), List.of(), List.of(), List.of()), List.of());
        assertThat(summary.worstImpact()).isNull();
        assertThat(summary.outlookOfWorst()).isNull();
        assertThat(summary.countriesAlerted()).isZero();
    }

    private static SituationView view(List<SituationView.CountryReport> reports, List<SituationView.OpenDeadline> open,
                                      List<AssistanceViews.Request> assistance, List<CaseChecklist> checklists) {
        return new SituationView(UUID.randomUUID(), "CP-2026-0001", "LV", "Grid", "HIGH", "AMBER", "OPEN", "POLITICAL", "CONTENT", T,
                reports, checklists, assistance, open, List.of(), List.of());
    }

    private static CaseAlert alert(String country, CaseAlert.Kind kind, CaseAlert.Status status, Instant acknowledgedAt) {
        return new CaseAlert(UUID.randomUUID(), country, kind, status, T, T, acknowledgedAt, acknowledgedAt == null ? null : "ncp", T.plusSeconds(900),
                null, null, null, null, null, null);
    }

    private static SituationView.CountryReport report(String country, String impact, String outlook) {
        return new SituationView.CountryReport(country, 1, impact, outlook, null, "ncp", T);
    }

    private static SituationView.OpenDeadline deadline(String country, String status) {
        return new SituationView.OpenDeadline(UUID.randomUUID(), country, "ALERT", status, T.plusSeconds(900), null);
    }

    private static AssistanceViews.Request request(String status) {
        return new AssistanceViews.Request(UUID.randomUUID(), UUID.randomUUID(), "LV", "FORENSICS", "images", null, status, "ncp.lv", T, List.of(), List.of());
    }

    private static CaseChecklist checklist(String country, int overdue) {
        return new CaseChecklist(country, UUID.randomUUID(), 1, "1/2", "0/3", overdue, T, null);
    }
}
