package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLessonRulesTest {

    @ParameterizedTest(name = "{0} of {1} about {2}: allowed {3}")
    @CsvSource({
            "COORDINATOR,      EU, LV, true",
            "NCP,              LV, LV, true",
            "DUTY_OFFICER,     LV, LV, true",
            "PLAN_OWNER,       LV, LV, true",
            "NCP,              LT, LV, false",
            "AUDITOR,          EU, LV, false",
            "EXERCISE_PLANNER, EU, LV, false",   // a real case is no exercise
    })
    void shouldLetTheCoordinatorsAndEachCountrysOwnPeopleWriteLessonsOfACase(String role, String country, String about, boolean allowed) {
        assertThat(CaseLessonRules.refusal(new Caller("someone", Set.of(role), country), about).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "LV | Our pager was retired | malicious-code | -",
            "EE | The reporter learnt   | -              | -",
            "FR | Not taking part       | -              | country",
            "LV | '  '                  | -              | text",
            "LV | A lesson              | aliens         | rsitClass",
    })
    void shouldBeAboutACountryTakingPartAndSayWhatWasLearnt(String country, String text, String rsit, String field) {
        assertThat(CaseLessonRules.check(new CaseLessonBody(country, text, null, rsit), Set.of("LV", "LT", "EE"), List.of("malicious-code")))
                .extracting(FieldError::field).containsExactlyElementsOf(field == null ? List.of() : List.of(field));
    }
}
