package eu.cyberplan.exercises.scenario;

import eu.cyberplan.platform.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioRulesTest {

    private final ScenarioRules rules = new ScenarioRules();

    private static ScenarioBody.Inject inject(long offset, String country, String kind, String ref) {
        return new ScenarioBody.Inject(offset, country, kind, "Ransomware at a grid operator", Map.of(), null, ref);
    }

    private static ScenarioBody scenario(List<ScenarioBody.Inject> injects, List<ScenarioBody.Expectation> expectations) {
        return new ScenarioBody("Baltic Blackout", List.of("LV", "LT", "EE"), List.of("CH"), 10, injects, expectations, null);
    }

    @Test
    void shouldNumberInjectsInOffsetOrderAndReadTheirExpectedActions() {
        ScenarioRules.Checked checked = rules.check(scenario(List.of(
                new ScenarioBody.Inject(600L, "lv", "message", "Press enquiry", Map.of("text", "a journalist calls"), null, null),
                new ScenarioBody.Inject(0L, "EE", "INCIDENT", "Wiper at grid operator", Map.of(), "ACK LV WITHIN 15m; LEVEL OPERATIONAL", "I1"),
                new ScenarioBody.Inject(600L, "CH", "SITUATION_UPDATE", "Observer update", Map.of(), "call the press office", null)),
                List.of(new ScenarioBody.Expectation("SITUATION_REPORT", null, "I1", 60.0, null, "a sitrep within the hour"))));

        assertThat(checked.errors()).isEmpty();
        Scenario s = checked.scenario();
        assertThat(s.injects()).extracting(Scenario.Inject::sequence, Scenario.Inject::ref, Scenario.Inject::country)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "I1", "EE"),
                        org.assertj.core.groups.Tuple.tuple(2, "#1", "LV"),
                        org.assertj.core.groups.Tuple.tuple(3, "#3", "CH"));
        assertThat(s.expectations()).extracting(Scenario.Expectation::kind, Scenario.Expectation::country, Scenario.Expectation::within)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ExpectationKind.SITUATION_REPORT, null, Duration.ofHours(1)),
                        org.assertj.core.groups.Tuple.tuple(ExpectationKind.ACKNOWLEDGE, "LV", Duration.ofMinutes(15)),
                        org.assertj.core.groups.Tuple.tuple(ExpectationKind.LEVEL, null, null));
        assertThat(s.observers()).containsExactly("CH");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("an inject for a country that is not a participant", List.of(inject(0, "FR", "INCIDENT", null)), List.of(),
                        "injects[0].country", "FR is not a participant"),
                Arguments.of("a negative offset", List.of(inject(-1, "LV", "INCIDENT", null)), List.of(),
                        "injects[0].offsetSeconds", "0 or more seconds"),
                Arguments.of("no offset", List.of(new ScenarioBody.Inject(null, "LV", "INCIDENT", "t", null, null, null)), List.of(),
                        "injects[0].offsetSeconds", "0 or more seconds"),
                Arguments.of("an unknown kind", List.of(inject(0, "LV", "PHONE_CALL", null)), List.of(),
                        "injects[0].kind", "INCIDENT, SITUATION_UPDATE, COMCHECK, MESSAGE"),
                Arguments.of("no title", List.of(new ScenarioBody.Inject(0L, "LV", "INCIDENT", " ", null, null, null)), List.of(),
                        "injects[0].title", "a title"),
                Arguments.of("a country code that does not exist", List.of(inject(0, "QQ", "INCIDENT", null)), List.of(),
                        "injects[0].country", "not an ISO 3166-1"),
                Arguments.of("two injects with one ref", List.of(inject(0, "LV", "INCIDENT", "A"), inject(5, "LT", "INCIDENT", "A")), List.of(),
                        "injects[1].ref", "names two injects"),
                Arguments.of("no injects", List.of(), List.of(), "injects", "at least one inject"),
                Arguments.of("an acknowledgement expected of a non-participant", List.of(inject(0, "LV", "INCIDENT", "A")),
                        List.of(new ScenarioBody.Expectation("ACKNOWLEDGE", "FR", "A", 15.0, null, null)), "expectations[0].country", "not a participant"),
                Arguments.of("an acknowledgement without a time", List.of(inject(0, "LV", "INCIDENT", "A")),
                        List.of(new ScenarioBody.Expectation("ACKNOWLEDGE", "LT", "A", null, null, null)), "expectations[0].withinMinutes", "more than 0"),
                Arguments.of("a level that does not exist", List.of(inject(0, "LV", "INCIDENT", "A")),
                        List.of(new ScenarioBody.Expectation("LEVEL", null, "A", null, "DEFCON1", null)), "expectations[0].level", "OPERATIONAL"),
                Arguments.of("an expectation on an inject that does not exist", List.of(inject(0, "LV", "INCIDENT", "A")),
                        List.of(new ScenarioBody.Expectation("SITUATION_REPORT", null, "B", 30.0, null, null)), "expectations[0].inject", "no inject"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void shouldNameTheFieldOfEachMistake(String why, List<ScenarioBody.Inject> injects, List<ScenarioBody.Expectation> expectations, String field,
                                         String message) {
        ScenarioRules.Checked checked = rules.check(scenario(injects, expectations));
        assertThat(checked.valid()).isFalse();
        assertThat(checked.scenario()).isNull();
        assertThat(checked.errors()).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void shouldRefuseAScenarioWithoutNameParticipantsOrAUsableCompression() {
        ScenarioRules.Checked checked = rules.check(new ScenarioBody(" ", List.of(), null, 61, List.of(inject(0, "LV", "INCIDENT", null)), null, null));
        assertThat(checked.errors()).extracting(FieldError::field).contains("name", "participants", "compression");
    }

    @Test
    void shouldAcceptElForGreeceAndCheckTheSimulatedParticipants() {
        ScenarioBody body = new ScenarioBody("Aegean", List.of("EL", "CY"), null, 60, List.of(inject(0, "GR", "INCIDENT", null)), null,
                new ScenarioBody.SimulatedParticipants(List.of("CY", "MT"), new ScenarioBody.Delay("EXPONENTIAL", 10L, null, 0L), 1.5, null));
        ScenarioRules.Checked checked = rules.check(body);
        assertThat(checked.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("simulatedParticipants.countries",
                "simulatedParticipants.answerRate", "simulatedParticipants.delay.meanSeconds");

        ScenarioRules.Checked fine = rules.check(new ScenarioBody("Aegean", List.of("EL", "CY"), null, 60, List.of(inject(0, "GR", "INCIDENT", null)),
                null, new ScenarioBody.SimulatedParticipants(List.of("CY"), new ScenarioBody.Delay("UNIFORM", 60L, 600L, null), 0.8, 7L)));
        assertThat(fine.errors()).isEmpty();
        assertThat(fine.scenario().participants()).containsExactly("GR", "CY");
        assertThat(fine.scenario().simulation().delay().max()).isEqualTo(Duration.ofMinutes(10));
    }
}
