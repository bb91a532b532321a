package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.country.CountryCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRoutingTest {

    private final AlertRouting routing = new AlertRouting(CountryCodes.MEMBERS);

    @ParameterizedTest(name = "{0} reports, affects [{1}], TLP:{2}, named [{3}], {4} → [{5}]")
    @CsvSource(delimiter = '|', value = {
            "EE | LV LT    | AMBER | -     | TECHNICAL   | LV LT",
            "EE | EE LV    | AMBER | -     | TECHNICAL   | LV",
            "EE | LV CH    | GREEN | -     | TECHNICAL   | LV CH",
            "EE | LV       | RED   | FI    | TECHNICAL   | FI",
            "EE | LV       | RED   | FI EE | OPERATIONAL | FI",
            "EE | LV       | AMBER | CH    | TECHNICAL   | LV CH",
    })
    void shouldRouteToAffectedCountriesButNeverTheReporter(String reporter, String affected, String tlp, String named, String level, String expected) {
        RoutingFacts facts = new RoutingFacts(reporter, codes(affected), true, Tlp.fromLabel(tlp).orElseThrow(), codes(named));
        assertThat(routing.recipients(facts, CrisisLevel.valueOf(level))).containsExactlyInAnyOrderElementsOf(codes(expected));
    }

    @Test
    void shouldAlertEveryOtherMemberFromOperationalUp() {
        RoutingFacts facts = new RoutingFacts("EE", List.of("LV"), true, Tlp.AMBER, List.of());
        Set<String> recipients = routing.recipients(facts, CrisisLevel.OPERATIONAL);
        assertThat(recipients).hasSize(29).doesNotContain("EE").doesNotContain("CH");
        assertThat(routing.recipients(facts, CrisisLevel.POLITICAL)).isEqualTo(recipients);
    }

    @Test
    void shouldAlertAllThirtyMembersWhenAnObserverReports() {
        RoutingFacts facts = new RoutingFacts("CH", List.of("DE"), true, Tlp.AMBER, List.of());
        assertThat(routing.recipients(facts, CrisisLevel.OPERATIONAL)).hasSize(30);
    }

    @ParameterizedTest(name = "{0} affects [{1}], cross-border {2} → case {3}")
    @CsvSource(delimiter = '|', value = {
            "EE | LV    | false | true",
            "EE | EE    | true  | true",
            "EE | EE    | false | false",
            "EE | -     | false | false",
    })
    void shouldOpenACaseForCrossBorderIncidents(String reporter, String affected, boolean crossBorder, boolean opens) {
        RoutingFacts facts = new RoutingFacts(reporter, codes(affected), crossBorder, Tlp.AMBER, List.of());
        assertThat(routing.opensCase(facts)).isEqualTo(opens);
    }

    private static List<String> codes(String spaced) {
        return "-".equals(spaced.trim()) ? List.of() : Arrays.asList(spaced.trim().split("\\s+"));
    }

    @ParameterizedTest(name = "cross-border {0}, affects [{1}], significant {2}, {3}, rule {4}/{5}/{6} min {7} → {8}")
    @CsvSource(delimiter = '|', value = {
            // crossBorder | affected | significant | severity | rule crossBorder | rule others | rule significant | min severity | opens
            "true  | EE    | false | LOW      | true  | true  | true  | -        | true",
            "false | EE LV | false | LOW      | true  | true  | true  | -        | true",
            "false | EE    | true  | LOW      | true  | true  | true  | -        | true",
            "false | EE    | false | CRITICAL | true  | true  | true  | -        | false",
            "false | EE    | true  | LOW      | true  | true  | false | -        | false",
            "true  | EE    | false | LOW      | false | true  | true  | -        | false",
            "true  | EE LV | true  | MEDIUM   | true  | true  | true  | HIGH     | false",
            "true  | EE LV | true  | HIGH     | true  | true  | true  | HIGH     | true",
    })
    void shouldOpenACaseAsThePlanSays(boolean crossBorder, String affected, boolean significant, String severity, boolean ruleCrossBorder,
                                     boolean ruleOthers, boolean ruleSignificant, String minimum, boolean opens) {
        RoutingFacts facts = new RoutingFacts("EE", codes(affected), crossBorder, Tlp.AMBER, List.of());
        eu.cyberplan.escalation.plan.ProtocolPlan.CaseOpening rule = new eu.cyberplan.escalation.plan.ProtocolPlan.CaseOpening(
                ruleCrossBorder, ruleOthers, ruleSignificant, "-".equals(minimum) ? null : minimum);
        assertThat(routing.opensCase(facts, significant, eu.cyberplan.events.v1.Severity.valueOf(severity), rule)).isEqualTo(opens);
    }
}
