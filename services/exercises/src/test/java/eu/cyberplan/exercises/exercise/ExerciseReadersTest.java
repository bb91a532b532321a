package eu.cyberplan.exercises.exercise;

import eu.cyberplan.platform.security.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who reads an exercise with participants EE and LV and observer CH. */
class ExerciseReadersTest {

    @ParameterizedTest(name = "{0} of {1} → reads all {2}, reads this one {3}")
    @CsvSource(delimiter = '|', value = {
            "EXERCISE_PLANNER | EU | true  | true",
            "COORDINATOR      | EU | true  | true",
            "EXERCISE_CONTROL | EU | true  | true",
            "AUDITOR          | EU | true  | true",
            "NCP              | EE | false | true",
            "DUTY_OFFICER     | LV | false | true",
            "PLAN_OWNER       | LV | false | true",
            "NCP              | CH | false | true",
            "DUTY_OFFICER     | FR | false | false",
            "NCP              | LT | false | false",
            "NCP              | EU | false | false",
    })
    void shouldLetOnlyThoseWhoRunItAndTheCountriesTakingPartReadIt(String role, String country, boolean readsAll, boolean readsThis) {
        Caller caller = new Caller("someone", Set.of(role), country);
        assertThat(ExerciseReaders.readsAll(caller)).isEqualTo(readsAll);
        assertThat(ExerciseReaders.mayRead(caller, List.of("EE", "LV"), List.of("CH"))).isEqualTo(readsThis);
    }
}
