package eu.cyberplan.exercises.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedActionsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(value = {
            "ACKNOWLEDGE LV WITHIN 15m|ACKNOWLEDGE|LV|15.0|",
            "ack lt within 1 h|ACKNOWLEDGE|LT|60.0|",
            "LEVEL OPERATIONAL|LEVEL||null|OPERATIONAL",
            "level political within 90 min|LEVEL||90.0|POLITICAL",
            "SITREP WITHIN 60m|SITUATION_REPORT||60.0|",
            "situation report within 0.5h|SITUATION_REPORT||30.0|"}, delimiter = '|', nullValues = "null")
    void shouldReadTheFormsItKnows(String text, String kind, String country, Double minutes, String level) {
        assertThat(ExpectedActions.read(text, "I1")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.country()).isEqualTo(country == null || country.isEmpty() ? null : country);
            assertThat(e.withinMinutes()).isEqualTo(minutes);
            assertThat(e.level()).isEqualTo(level == null || level.isEmpty() ? null : level);
            assertThat(e.inject()).isEqualTo("I1");
        });
    }

    @ParameterizedTest(name = "\"{0}\" is an instruction, not scored")
    @CsvSource(value = {"call the press office", "acknowledge quickly", "LEVEL DEFCON1", "''"}, nullValues = "null")
    void shouldLeaveFreeTextAlone(String text) {
        assertThat(ExpectedActions.read(text, "I1")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldReadSeveralSeparatedBySemicolons() {
        assertThat(ExpectedActions.read("ACK LV WITHIN 15m; ACK LT WITHIN 15m; brief the minister", "I1")).hasSize(2);
    }
}
