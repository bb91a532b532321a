package eu.cyberplan.exercises.exercise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseStatusTest {

    @ParameterizedTest(name = "{1} when {0}: {2}")
    @CsvSource({
            "PLANNED, START, ",
            "PLANNED, PAUSE, the exercise has not started",
            "PLANNED, RESUME, the exercise has not started",
            "PLANNED, END, the exercise has not started",
            "RUNNING, START, the exercise is already running",
            "RUNNING, PAUSE, ",
            "RUNNING, RESUME, the exercise is running",
            "RUNNING, END, ",
            "PAUSED, START, the exercise has already started and is paused",
            "PAUSED, PAUSE, the exercise is paused",
            "PAUSED, RESUME, ",
            "PAUSED, END, ",
            "ENDED, START, the exercise has ended (ENDEX)",
            "ENDED, PAUSE, the exercise has ended (ENDEX)",
            "ENDED, RESUME, the exercise has ended (ENDEX)",
            "ENDED, END, the exercise has ended (ENDEX)"})
    void shouldAllowOnlyTheLifecycleSteps(ExerciseStatus status, ExerciseStatus.Action action, String refusal) {
        assertThat(status.refuses(action).orElse(null)).isEqualTo(refusal);
    }
}
