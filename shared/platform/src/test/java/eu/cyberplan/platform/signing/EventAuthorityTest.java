package eu.cyberplan.platform.signing;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.signing.EventAuthority.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventAuthorityTest {

    private static final String PREFIX = "eu.cyberplan.";

    @ParameterizedTest(name = "{0} about [{1}] signed by a node for [{2}] → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            incident.reported.v1              | EE    | EE LV LT    | APPLY
            incident.reported.v1              | EE    | FR DE       | NOT_ITS_COUNTRY
            incident.reported.v1              | EE    | EU          | NOT_ITS_COUNTRY
            incident.updated.v1               | LV    | EE LV LT    | APPLY
            incident.closed.v1                |       | EE LV LT    | NO_COUNTRY
            incident.escalation-requested.v1  | FR    | EE LV LT    | NOT_ITS_COUNTRY
            alert.acknowledged.v1             | LV    | EE LV LT    | APPLY
            alert.acknowledged.v1             | LV    | FR          | NOT_ITS_COUNTRY
            alert.acknowledged.v1             | LV    | EU          | NOT_ITS_COUNTRY
            alert.acknowledged.v1             | EU    | EU          | APPLY
            alert.delivered.v1                | FR    | FR DE IT    | APPLY
            comcheck.answered.v1              | DE    | EE          | NOT_ITS_COUNTRY
            checklist.progressed.v1           | LT    | EE LV LT    | APPLY
            contact-point.changed.v1          | EE    | EE LV LT    | APPLY
            contact-point.changed.v1          | EE    | FR          | NOT_ITS_COUNTRY
            plan.approved.v1                  | PL    | PL          | APPLY
            roster.changed.v1                 |       | PL          | NO_COUNTRY
            node.heartbeat.v1                 | EE LV | EE LV LT    | APPLY
            node.heartbeat.v1                 | EE FR | EE LV LT    | NOT_ITS_COUNTRY
            alert.dispatched.v1               | LV    | EU          | APPLY
            alert.dispatched.v1               | LV    | EE LV LT    | NOT_THE_EU_NODE
            case.opened.v1                    |       | EU EE LV    | APPLY
            crisis-level.changed.v1           |       | FR          | NOT_THE_EU_NODE
            alert.overdue.v1                  |       | EU          | APPLY
            comcheck.started.v1               |       | DE          | NOT_THE_EU_NODE
            inject.released.v1                |       | EU          | APPLY
            exercise.ended.v1                 |       | EE          | NOT_THE_EU_NODE
            something.new.v2                  | EE    | EE          | NOT_THE_EU_NODE
            alert.acknowledged.v1             | LV    | *           | APPLY
            case.opened.v1                    |       | *           | APPLY
            incident.reported.v1              |       | *           | NO_COUNTRY
            """)
    void shouldApplyOnlyEventsSignedByANodeTrustedForWhatTheyAreAbout(String type, String concerned, String signer, Verdict verdict) {
        assertThat(EventAuthority.judge(PREFIX + type, words(concerned), words(signer))).isEqualTo(verdict);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            incident.reported.v1   | reporterCountry
            alert.acknowledged.v1  | country
            node.heartbeat.v1      | countries
            """)
    void shouldNameThePayloadFieldThatSaysWhichCountryAnEventIsAbout(String type, String field) {
        assertThat(EventAuthority.countryField(PREFIX + type)).contains(field);
    }

    @org.junit.jupiter.api.Test
    void shouldTreatEveryEventTypeNotAboutACountryAsTheProtocol() {
        assertThat(EventAuthority.countryField(EventTypes.CASE_OPENED)).isEmpty();
        assertThat(EventAuthority.countryField(EventTypes.ALERT_RECALLED)).isEmpty();
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
