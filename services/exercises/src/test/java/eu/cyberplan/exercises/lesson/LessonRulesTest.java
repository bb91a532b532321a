package eu.cyberplan.exercises.lesson;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LessonRulesTest {

    private static final List<String> TAKING_PART = List.of("EE", "LV", "CH");
    private static final List<String> RSIT = List.of("malicious-code", "intrusions");

    @ParameterizedTest(name = "{0} of {1} writes about {2}: allowed {3}")
    @CsvSource({
            "EXERCISE_PLANNER,  EU, LV, true",
            "COORDINATOR,       EU, EE, true",
            "NCP,               LV, LV, true",
            "DUTY_OFFICER,      LV, LV, true",
            "PLAN_OWNER,        LV, LV, true",
            "NCP,               EE, LV, false",   // never about another country
            "AUDITOR,           EU, LV, false",   // reads, writes nothing
            "EXERCISE_CONTROL,  EU, LV, false",
    })
    void shouldLetThePlannersAndEachCountrysOwnPeopleWriteLessons(String role, String country, String about, boolean allowed) {
        assertThat(LessonRules.refusal(new Caller("someone", Set.of(role), country), about).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] [{3}] editing {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "LV | The pager number was out of date | containment-1 | malicious-code | false | -",
            "CH | An observer's lesson             | -             | -              | false | -",
            "FR | Not taking part                  | -             | -              | false | country",
            "-  | No country                       | -             | -              | false | country",
            "LV | '  '                             | -             | -              | false | text",
            "LV | A lesson                         | '  '          | -              | false | planStepId",
            "LV | A lesson                         | -             | aliens         | false | rsitClass",
            "-  | Edited text                      | -             | -              | true  | -",
            "EE | Edited text                      | -             | -              | true  | country",
    })
    void shouldSayWhatWasLearntAboutACountryTakingPart(String country, String text, String step, String rsit, boolean editing, String field) {
        assertThat(LessonRules.check(new LessonBody(country, text, step, rsit), TAKING_PART, RSIT, editing)).extracting(FieldError::field)
                .containsExactlyElementsOf(field == null ? List.of() : List.of(field));
    }
}
