package eu.cyberplan.escalation.exercise;

import eu.cyberplan.escalation.protocol.AlertRouting;
import eu.cyberplan.escalation.protocol.RoutingFacts;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.country.CountryCodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 as a table: whom an exercise incident alerts, through the real routing, by level, marking and parties. */
class ExerciseAudienceTest {

    private final AlertRouting routing = new AlertRouting(CountryCodes.MEMBERS);

    @ParameterizedTest(name = "{0} reports, affects [{1}], TLP:{2}, named [{3}], {4}, participants [{5}] observers [{6}] → [{7}]")
    @CsvSource(delimiter = '|', value = {
            // participants EE and LV: OPERATIONAL alerts the other participant, not the 28 other members
            "EE | LV    | AMBER | -     | TECHNICAL   | EE LV       | -  | LV",
            "EE | LV    | AMBER | -     | OPERATIONAL | EE LV       | -  | LV",
            "EE | LV    | AMBER | -     | POLITICAL   | EE LV       | -  | LV",
            "EE | -     | AMBER | -     | OPERATIONAL | EE LV LT    | -  | LV LT",
            // an affected country that does not take part is never alerted
            "EE | LV FR | AMBER | -     | TECHNICAL   | EE LV       | -  | LV",
            "EE | FR    | AMBER | -     | OPERATIONAL | EE LV       | -  | LV",
            // observers: only when named, as for real; a non-member participant is alerted at OPERATIONAL too
            "EE | LV    | AMBER | -     | OPERATIONAL | EE LV       | CH | LV",
            "EE | LV    | AMBER | CH    | OPERATIONAL | EE LV       | CH | LV CH",
            "EE | LV    | AMBER | -     | OPERATIONAL | EE LV CH    | -  | LV CH",
            // TLP:RED: the named recipients that take part, no widening
            "EE | LV    | RED   | FI LV | OPERATIONAL | EE LV LT    | -  | LV",
            "EE | LV    | RED   | FI    | TECHNICAL   | EE LV       | -  | -",
            // the reporter and the EU level are never recipients
            "LV | EE LV | AMBER | -     | OPERATIONAL | EE LV       | -  | EE",
    })
    void shouldAlertOnlyTheCountriesTakingPart(String reporter, String affected, String tlp, String named, String level, String participants,
                                               String observers, String expected) {
        RoutingFacts facts = new RoutingFacts(reporter, codes(affected), true, Tlp.fromLabel(tlp).orElseThrow(), codes(named))
                .withExercise(new ExerciseParties(UUID.randomUUID(), codes(participants), codes(observers)));
        assertThat(routing.recipients(facts, CrisisLevel.valueOf(level))).containsExactlyInAnyOrderElementsOf(codes(expected));
    }

    @ParameterizedTest(name = "exercise not seen starting: affects [{0}], named [{1}], {2} → [{3}]")
    @CsvSource(delimiter = '|', value = {
            "LV    | -  | TECHNICAL   | LV",
            "LV    | -  | OPERATIONAL | LV",
            "LV LT | FI | POLITICAL   | LV LT FI",
            "-     | -  | OPERATIONAL | -",
    })
    void shouldNeverWidenToEveryMemberForAnExerciseNotSeenStarting(String affected, String named, String level, String expected) {
        RoutingFacts facts = new RoutingFacts("EE", codes(affected), true, Tlp.AMBER, codes(named))
                .withExercise(ExerciseParties.unknown(UUID.randomUUID()));
        assertThat(routing.recipients(facts, CrisisLevel.valueOf(level))).containsExactlyInAnyOrderElementsOf(codes(expected));
    }

    @ParameterizedTest(name = "real incident, {0} → {1} recipients")
    @CsvSource(delimiter = '|', value = {"TECHNICAL | 1", "OPERATIONAL | 29"})
    void shouldLeaveRealRoutingAsItWas(String level, int count) {
        RoutingFacts facts = new RoutingFacts("EE", List.of("LV"), true, Tlp.AMBER, List.of()).withExercise(null);
        assertThat(routing.recipients(facts, CrisisLevel.valueOf(level))).hasSize(count);
    }

    private static List<String> codes(String spaced) {
        return spaced == null || spaced.isBlank() || spaced.equals("-") ? List.of() : Arrays.asList(spaced.trim().split("\\s+"));
    }
}
