package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.escalation.assistance.AssistanceViews;
import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.escalation.protocol.CaseStatus;
import eu.cyberplan.escalation.protocol.LevelChange;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.escalation.sitrep.SituationReport;
import eu.cyberplan.escalation.sitrep.SituationReports;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.sharing.Disclosure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CaseTimelineTest {

    private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");
    private static final UUID INCIDENT = UUID.randomUUID();

    @Test
    void shouldTellEverythingThatHappenedOldestFirstAndWhereEachCountryStands() {
        CaseTimeline timeline = timeline(Disclosure.CONTENT);

        assertThat(timeline.entries()).extracting(e -> e.kind() + " " + (e.country() == null ? "-" : e.country())).containsExactly(
                "CASE_OPENED EE", "ALERT_DISPATCHED LV", "ALERT_DELIVERED LV", "ALERT_DISPATCHED LT", "ALERT_ACKNOWLEDGED LV",
                "STATUS LV", "LEVEL_CHANGED -", "SITUATION_REPORT EE", "ASSISTANCE_REQUESTED LV", "ASSISTANCE_OFFERED FI",
                "OFFER_ACCEPTED FI", "UPDATE EU", "STATUS LV", "ALERT_OVERDUE LT", "CASE_CLOSED -");
        assertThat(timeline.entries().get(4).by()).isEqualTo("ncp.lv");
        assertThat(timeline.entries().get(6).status()).isEqualTo("OPERATIONAL");
        assertThat(timeline.entries().get(6).text()).isEqualTo("two grids");
        assertThat(timeline.entries().get(7).status()).isEqualTo("v1 red, worsening");
        assertThat(timeline.countries()).containsExactly(new CaseTimeline.CountryState("LV", CountryStatus.RECOVERED, T.plusSeconds(1200), "duty.lv"));
    }

    @Test
    void shouldKeepTheContentFromAReaderTheMarkingKeepsItFrom() {
        CaseTimeline timeline = timeline(Disclosure.EXISTENCE);
        assertThat(timeline.entries()).extracting(CaseTimeline.Entry::kind).contains("LEVEL_CHANGED", "STATUS", "UPDATE");
        assertThat(timeline.entries()).allSatisfy(e -> assertThat(e.text()).as(e.kind()).isNull());
        assertThat(timeline.disclosure()).isEqualTo("EXISTENCE");
        assertThat(timeline.countries()).as("a status is no content").hasSize(1);
    }

    private static CaseTimeline timeline(Disclosure disclosure) {
        ProtocolCase c = new ProtocolCase(INCIDENT, "EE-2026-000007", "EE", "Wiper", Severity.HIGH, Tlp.AMBER, Mode.REAL, null, CaseStatus.CLOSED,
                CrisisLevel.OPERATIONAL, 1, List.of("LV", "LT"), List.of(), T, T.plusSeconds(3600), null, 1.0);
        List<CaseAlert> alerts = List.of(
                new CaseAlert(UUID.randomUUID(), "LV", CaseAlert.Kind.ALERT, CaseAlert.Status.ACKNOWLEDGED, T.plusSeconds(1), T.plusSeconds(2),
                        T.plusSeconds(60), "ncp.lv", T.plusSeconds(900), null, null, null, null, null, null),
                new CaseAlert(UUID.randomUUID(), "LT", CaseAlert.Kind.ALERT, CaseAlert.Status.OVERDUE, T.plusSeconds(3), null, null, null,
                        T.plusSeconds(900), T.plusSeconds(1800), T.plusSeconds(2100), null, null, null, null));
        List<LevelChange> levels = List.of(new LevelChange("TECHNICAL", null, "escalation", T),
                new LevelChange("OPERATIONAL", "two grids", "coordinator", T.plusSeconds(300)));
        List<SituationReports.Published> reports = List.of(new SituationReports.Published("EE", new SituationReport(INCIDENT, 1, "red", "worsening",
                List.of("LV"), List.of(), null, disclosure.redact("SCADA down"), "duty.ee", T.plusSeconds(400), List.of())));
        AssistanceViews.Offer offer = new AssistanceViews.Offer(UUID.randomUUID(), "FI", disclosure.redact("two analysts"), null, "ncp.fi",
                T.plusSeconds(600), "ACCEPTED", null, "ncp.lv", T.plusSeconds(700), true);
        List<AssistanceViews.Request> assistance = List.of(new AssistanceViews.Request(UUID.randomUUID(), INCIDENT, "LV", "FORENSICS",
                disclosure.redact("memory images"), null, "ACCEPTED", "ncp.lv", T.plusSeconds(500), List.of(offer), List.of()));
        List<CaseUpdate> updates = List.of(
                new CaseUpdate(UUID.randomUUID(), INCIDENT, "LV", CountryStatus.CONTAINED, "hosts isolated", "duty.lv", T.plusSeconds(120)),
                new CaseUpdate(UUID.randomUUID(), INCIDENT, "EU", null, "CyCLONe convened", "coordinator", T.plusSeconds(800)),
                new CaseUpdate(UUID.randomUUID(), INCIDENT, "LV", CountryStatus.RECOVERED, null, "duty.lv", T.plusSeconds(1200)));
        return CaseTimeline.of(c, alerts, levels, reports, assistance, updates, disclosure);
    }
}
