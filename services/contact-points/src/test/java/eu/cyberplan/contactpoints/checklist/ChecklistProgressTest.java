package eu.cyberplan.contactpoints.checklist;

import eu.cyberplan.contactpoints.plan.PlaybookStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistProgressTest {

    private static final Instant AWARE = Instant.parse("2026-11-23T03:00:00Z");

    /** Steps as "C+30" (containment, due 30 min after awareness, done) or "R-90" (repair, due at 90 min, open). */
    @ParameterizedTest(name = "{0} at +{1} min -> {2} {3}, overdue {4}")
    @CsvSource(delimiter = '|', value = {
            "C+30 C-60 C-120 R-1440          | 0    | 1/3 | 0/1 | 0",
            "C+30 C-60 C-120 R-1440          | 60   | 1/3 | 0/1 | 1",
            "C+30 C-60 C-120 R-1440          | 59   | 1/3 | 0/1 | 0",
            "C+30 C-60 C-120 R-1440          | 2000 | 1/3 | 0/1 | 3",
            "C+30 C+60 C+120 R+1440          | 5000 | 3/3 | 1/1 | 0",
            "R-10 R+20                       | 15   | 0/0 | 1/2 | 1",
            "C-0                             | 0    | 0/1 | 0/0 | 1"})
    void shouldCountDoneStepsPerPhaseAndOpenStepsPastTheirDueTime(String steps, long minutesLater, String containment, String repair,
                                                                  int overdue) {
        List<ChecklistProgress.Step> list = new ArrayList<>();
        for (String s : steps.trim().split("\\s+")) {
            String phase = s.charAt(0) == 'C' ? ChecklistProgress.CONTAINMENT : ChecklistProgress.REPAIR;
            list.add(new ChecklistProgress.Step(phase, AWARE.plusSeconds(60 * Long.parseLong(s.substring(2))), s.charAt(1) == '+'));
        }
        ChecklistProgress progress = ChecklistProgress.of(list, AWARE.plusSeconds(60 * minutesLater));
        assertThat(progress.containment()).isEqualTo(containment);
        assertThat(progress.repair()).isEqualTo(repair);
        assertThat(progress.overdueSteps()).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "{0} min, compression {1} -> due after {2} s")
    @CsvSource({
            "0,    1,  0",
            "30,   1,  1800",
            "30,   60, 30",
            "1440, 10, 8640",
            "7,    0,  420",
            "1,    7,  8"})
    void shouldDueAStepItsTargetAfterTheStartDividedByTheExerciseCompression(int minutes, int compression, long seconds) {
        PlaybookStep step = new PlaybookStep("containment-1", "CONTAINMENT", "Isolate", "DUTY_OFFICER", minutes, true);
        assertThat(ChecklistSchedule.dueAt(step, AWARE, compression)).isEqualTo(AWARE.plusSeconds(seconds));
    }
}
