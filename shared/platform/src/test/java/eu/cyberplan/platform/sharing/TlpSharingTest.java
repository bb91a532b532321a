package eu.cyberplan.platform.sharing;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §8 as a table. The incident is reported by EE, LV was alerted, and the reporter named {@code named}
 * ({@code -} = nobody). Every reader: role and country; the answer: what they get, and whether they may export.
 */
class TlpSharingTest {

    @ParameterizedTest(name = "{0} named {1}: {2} of {3} gets {4}, export {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # tlp        | named | role             | country | disclosure | export
            CLEAR        | -     | DUTY_OFFICER     | FR      | CONTENT    | true
            GREEN        | -     | EXERCISE_PLANNER | EU      | CONTENT    | true
            GREEN        | -     | AUDITOR          | EU      | CONTENT    | true
            AMBER        | -     | DUTY_OFFICER     | EE      | CONTENT    | true
            AMBER        | -     | PLAN_OWNER       | EE      | CONTENT    | true
            AMBER        | -     | NCP              | LV      | CONTENT    | true
            AMBER        | -     | PLAN_OWNER       | LV      | CONTENT    | true
            AMBER        | -     | DUTY_OFFICER     | LT      | NONE       | false
            AMBER        | -     | PLAN_OWNER       | FR      | NONE       | false
            AMBER        | -     | COORDINATOR      | EU      | CONTENT    | true
            AMBER        | -     | EXERCISE_PLANNER | EU      | EXISTENCE  | false
            AMBER        | -     | AUDITOR          | EU      | EXISTENCE  | false
            AMBER+STRICT | -     | DUTY_OFFICER     | EE      | CONTENT    | false
            AMBER+STRICT | -     | NCP              | LV      | CONTENT    | false
            AMBER+STRICT | -     | PLAN_OWNER       | LV      | EXISTENCE  | false
            AMBER+STRICT | -     | PLAN_OWNER       | EE      | EXISTENCE  | false
            AMBER+STRICT | -     | DUTY_OFFICER     | LT      | NONE       | false
            AMBER+STRICT | -     | PLAN_OWNER       | FR      | NONE       | false
            AMBER+STRICT | -     | COORDINATOR      | EU      | EXISTENCE  | false
            AMBER+STRICT | EU    | COORDINATOR      | EU      | CONTENT    | false
            AMBER+STRICT | EU    | EXERCISE_PLANNER | EU      | EXISTENCE  | false
            AMBER+STRICT | -     | AUDITOR          | EU      | EXISTENCE  | false
            RED          | LT    | DUTY_OFFICER     | EE      | CONTENT    | true
            RED          | LT    | PLAN_OWNER       | EE      | CONTENT    | true
            RED          | LT    | NCP              | LT      | CONTENT    | true
            RED          | LT    | NCP              | LV      | NONE       | false
            RED          | LT    | COORDINATOR      | EU      | EXISTENCE  | false
            RED          | LT    | AUDITOR          | EU      | EXISTENCE  | false
            RED          | LT,EU | COORDINATOR      | EU      | CONTENT    | true
            RED          | LT,EU | EXERCISE_PLANNER | EU      | EXISTENCE  | false
            RED          | LT,EU | AUDITOR          | EU      | EXISTENCE  | false
            RED          | LV    | DUTY_OFFICER     | LV      | CONTENT    | true
            """)
    void shouldShareAsDesignSection8Says(String tlp, String named, String role, String country, Disclosure expected, boolean export) {
        Tlp marking = Tlp.fromLabel(tlp).orElseThrow();
        Reader reader = Reader.of(new Caller("someone", Set.of(role), country), "EE", Set.of("LV"), names(named));

        assertThat(TlpSharing.disclosure(marking, reader)).isEqualTo(expected);
        assertThat(TlpSharing.mayRead(marking, reader)).isEqualTo(expected == Disclosure.CONTENT);
        assertThat(TlpSharing.mayExport(marking, reader)).isEqualTo(export);
    }

    @ParameterizedTest(name = "{0}: content on the shared cluster {1}, outside CyberPlan {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CLEAR        | true  | true
            GREEN        | true  | true
            AMBER        | true  | true
            AMBER+STRICT | true  | false
            RED          | false | false
            """)
    void shouldKeepContentOffTheClusterAndOutOfMailboxesWhenTheMarkingSaysSo(String tlp, boolean cluster, boolean outside) {
        Tlp marking = Tlp.fromLabel(tlp).orElseThrow();

        assertThat(TlpSharing.contentOnSharedCluster(marking)).isEqualTo(cluster);
        assertThat(TlpSharing.onSharedCluster(marking, "Ransomware on grid operator")).isEqualTo(cluster ? "Ransomware on grid operator" : null);
        assertThat(TlpSharing.contentOutsideCyberPlan(marking)).isEqualTo(outside);
    }

    @ParameterizedTest(name = "{0} named {1}: an alerted country keeps access {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AMBER        | false | true
            AMBER+STRICT | false | true
            RED          | false | false
            RED          | true  | true
            """)
    void shouldWithdrawAnAlertedCountryOnlyWhenRedDoesNotNameIt(String tlp, boolean named, boolean keeps) {
        assertThat(TlpSharing.countryKeepsAccess(Tlp.fromLabel(tlp).orElseThrow(), named)).isEqualTo(keeps);
    }

    @ParameterizedTest(name = "redact under {0}")
    @CsvSource({"CONTENT, Ransomware", "EXISTENCE, ", "NONE, "})
    void shouldRedactEverythingButContent(Disclosure disclosure, String shown) {
        assertThat(disclosure.redact("Ransomware")).isEqualTo(shown);
    }

    @ParameterizedTest(name = "unknown label {0} fails closed")
    @CsvSource({"PURPLE", "''"})
    void shouldTreatAnUnknownMarkingAsStrict(String label) {
        assertThat(TlpSharing.marking(label)).isEqualTo(Tlp.AMBER_STRICT);
    }

    private static List<String> names(String named) {
        return "-".equals(named) ? List.of() : Arrays.asList(named.split(","));
    }
}
