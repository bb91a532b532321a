package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.contactpoints.inbox.InboxItem;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AlertMessageTest {

    private static final Instant DEADLINE = Instant.parse("2025-06-01T12:00:00.123456Z");

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "REAL     | AMBER        | PRIMARY | [CyberPlan] ALERT HIGH TLP:AMBER — Grid outage",
            "REAL     | CLEAR        | PRIMARY | [CyberPlan] ALERT HIGH TLP:CLEAR — Grid outage",
            "REAL     | AMBER+STRICT | PRIMARY | [CyberPlan] ALERT HIGH TLP:AMBER+STRICT — read it in CyberPlan",
            "REAL     | RED          | PRIMARY | [CyberPlan] ALERT HIGH TLP:RED — read it in CyberPlan",
            "REAL     | AMBER        | BACKUP  | [CyberPlan] OVERDUE ALERT HIGH TLP:AMBER — Grid outage",
            "EXERCISE | AMBER        | PRIMARY | EXERCISE EXERCISE EXERCISE [CyberPlan] ALERT HIGH TLP:AMBER — Grid outage",
            "EXERCISE | RED          | BACKUP  | EXERCISE EXERCISE EXERCISE [CyberPlan] OVERDUE ALERT HIGH TLP:RED — read it in CyberPlan"
    })
    void shouldMarkTheSubjectAndKeepWithheldTitlesOut(Mode mode, String tlp, Route route, String subject) {
        assertThat(new AlertMessage(item(mode, tlp, "Grid outage"), route).subject()).isEqualTo(subject);
    }

    @Test
    void shouldGiveIdsMarkingsAndDeadlineInTheBody() {
        InboxItem item = item(Mode.REAL, "AMBER", "Grid outage");
        String text = new AlertMessage(item, Route.PRIMARY).text();
        assertThat(text).startsWith("TLP:AMBER\n").contains("Title: Grid outage", "Acknowledge by: 2025-06-01T12:00:00Z",
                "Alert: " + item.alertId(), "Incident: " + item.incidentId(), "severity HIGH");
    }

    @Test
    void shouldSendNothingConfidentialUnderRedOrAmberStrict() {
        for (String tlp : new String[] {"RED", "AMBER+STRICT"}) {
            InboxItem item = item(Mode.REAL, tlp, "Substation breach at Riga");
            AlertMessage message = new AlertMessage(item, Route.PRIMARY);
            assertThat(message.subject() + message.text()).doesNotContain("Substation", "Riga");
            assertThat(message.text()).contains("Alert: " + item.alertId(), "TLP:" + tlp, "read it in CyberPlan", "2025-06-01T12:00:00Z");
            assertThat(message.title()).isNull();
        }
    }

    @Test
    void shouldBeginEveryExerciseMessageWithTheBanner() {
        AlertMessage message = new AlertMessage(item(Mode.EXERCISE, "GREEN", "Grid outage"), Route.PRIMARY);
        assertThat(message.subject()).startsWith("EXERCISE EXERCISE EXERCISE ");
        assertThat(message.text()).startsWith("EXERCISE EXERCISE EXERCISE\n");
        assertThat(message.shownTitle()).isEqualTo("EXERCISE EXERCISE EXERCISE Grid outage");
        assertThat(new AlertMessage(item(Mode.EXERCISE, "RED", null), Route.PRIMARY).shownTitle()).isEqualTo("EXERCISE EXERCISE EXERCISE");
        assertThat(new AlertMessage(item(Mode.REAL, "RED", null), Route.PRIMARY).shownTitle()).isNull();
    }

    @Test
    void shouldWriteTheBodyInTheCountrysLanguagesThenEnglishUnderTheSameMarking() {
        InboxItem item = item(Mode.REAL, "AMBER", "Grid outage");
        AlertMessage message = new AlertMessage(item, Route.BACKUP, List.of("lv", "en"));
        String text = message.text();
        assertThat(text).startsWith("TLP:AMBER\nAlert: " + item.alertId());
        assertThat(text.indexOf("--- latviešu (lv) ---")).isPositive().isLessThan(text.indexOf("--- English (en) ---"));
        assertThat(text).contains("CyberPlan ALERT valstij LV, smagums HIGH.", "Virsraksts: Grid outage", "Apstipriniet līdz: 2025-06-01T12:00:00Z",
                "Galvenā kontaktpersona neapstiprināja laikā", "Title: Grid outage", "Acknowledge by: 2025-06-01T12:00:00Z");
        assertThat(message.contentLanguage()).isEqualTo("lv, en");
        assertThat(message.texts()).containsOnlyKeys("lv", "en");
        assertThat(message.subject()).as("the subject stays English").isEqualTo("[CyberPlan] OVERDUE ALERT HIGH TLP:AMBER — Grid outage");

        AlertMessage strict = new AlertMessage(item(Mode.REAL, "RED", "Substation breach at Riga"), Route.PRIMARY, List.of("lv", "en"));
        assertThat(strict.text()).doesNotContain("Substation", "Riga").contains("Ar TLP:RED ārpus CyberPlan nekas vairāk netiek sūtīts");
    }

    private static InboxItem item(Mode mode, String tlp, String title) {
        Instant now = Instant.parse("2025-06-01T11:00:00Z");
        return InboxItem.delivered(UUID.randomUUID(), UUID.randomUUID(), "LV", "ALERT", Severity.HIGH, tlp, mode,
                mode == Mode.EXERCISE ? UUID.randomUUID() : null, title, "EE", "TECHNICAL", now, DEADLINE, now, null, null);
    }
}
