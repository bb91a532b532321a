package eu.cyberplan.escalation.protocol;

import eu.cyberplan.platform.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator's level change, as a table: current level, asked level, reason, IPCR mode → the fields refused. */
class LevelRulesTest {

    @ParameterizedTest(name = "{0} → {1}, reason ''{2}'', mode {3}: {4}")
    @CsvSource({
            "TECHNICAL,   OPERATIONAL, ,             ,                    ",
            "TECHNICAL,   POLITICAL,   ,             ,                    ",
            "TECHNICAL,   POLITICAL,   ,             FULL_ACTIVATION,     ",
            "TECHNICAL,   POLITICAL,   ,             ALL_HANDS,           ipcrMode",
            "TECHNICAL,   OPERATIONAL, ,             MONITORING,          ipcrMode",
            "OPERATIONAL, TECHNICAL,   ,             ,                    reason",
            "OPERATIONAL, TECHNICAL,   '  ',         ,                    reason",
            "OPERATIONAL, TECHNICAL,   contained,    ,                    ",
            "POLITICAL,   OPERATIONAL, ,             ,                    reason",
            "OPERATIONAL, OPERATIONAL, ,             ,                    ",
            "TECHNICAL,   RED_ALERT,   ,             ,                    level",
            "TECHNICAL,   ,            ,             ,                    level",
    })
    void shouldAskAReasonToLowerAndAModeOnlyAtPolitical(String current, String requested, String reason, String mode, String refused) {
        assertThat(LevelRules.check(current, requested, reason, mode)).extracting(FieldError::field)
                .containsExactlyElementsOf(refused == null ? java.util.List.of() : java.util.List.of(refused));
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource({"POLITICAL, , MONITORING", "POLITICAL, INFORMATION_SHARING, INFORMATION_SHARING", "OPERATIONAL, , "})
    void shouldRunAPoliticalCaseInMonitoringUnlessToldOtherwise(String level, String asked, String mode) {
        assertThat(LevelRules.ipcrMode(level, asked)).isEqualTo(mode);
    }
}
