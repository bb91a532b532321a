package eu.cyberplan.contactpoints.readiness;

import eu.cyberplan.contactpoints.readiness.ReadinessCriteria.Criterion;
import eu.cyberplan.contactpoints.readiness.ReadinessCriteria.ExerciseFact;
import eu.cyberplan.contactpoints.readiness.ReadinessCriteria.Facts;
import eu.cyberplan.contactpoints.readiness.ReadinessCriteria.PlanFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessCriteriaTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final List<String> CLASSES = List.of("malicious-code", "intrusions", "availability");
    private static final Facts READY = new Facts("EE", new PlanFact(3, "owner.ee", Instant.parse("2026-06-01T00:00:00Z"), CLASSES), CLASSES,
            0, 0, 10, 10, 240.0, List.of(new ExerciseFact("x2", Instant.parse("2026-10-01T00:00:00Z"), 6, 2),
            new ExerciseFact("x1", Instant.parse("2025-10-01T00:00:00Z"), 1, 9)));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ready on every count", (UnaryOperator<Facts>) f -> f, null),
                Arguments.of("no approved plan", (UnaryOperator<Facts>) f -> with(f, null, f.rsitClasses()), List.of("plan-approved", "playbooks-cover-rsit")),
                Arguments.of("plan approved 12 months and a day ago", (UnaryOperator<Facts>) f -> with(f, new PlanFact(1, "owner.ee",
                        Instant.parse("2025-11-22T03:00:00Z"), CLASSES), CLASSES), List.of("plan-approved")),
                Arguments.of("plan approved exactly 12 months ago", (UnaryOperator<Facts>) f -> with(f, new PlanFact(1, "owner.ee",
                        Instant.parse("2025-11-23T03:00:00Z"), CLASSES), CLASSES), null),
                Arguments.of("a class without a playbook", (UnaryOperator<Facts>) f -> with(f, new PlanFact(3, "owner.ee", f.plan().approvedAt(),
                        List.of("malicious-code", "availability")), CLASSES), List.of("playbooks-cover-rsit")),
                Arguments.of("a minute without a primary", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 1, 0, 10, 10, 240.0, f.exercises()),
                        List.of("roster-24-7")),
                Arguments.of("an hour without a backup", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 60, 10, 10, 240.0, f.exercises()),
                        List.of("roster-24-7")),
                Arguments.of("9 of 10 comchecks answered", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 10, 9, 240.0, f.exercises()),
                        null),
                Arguments.of("8 of 10 comchecks answered", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 10, 8, 240.0, f.exercises()),
                        List.of("comcheck-answer-rate")),
                Arguments.of("no comcheck at all", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 0, 0, null, f.exercises()),
                        List.of("comcheck-answer-rate", "comcheck-median-response")),
                Arguments.of("median response 15 min", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 10, 10, 900.0, f.exercises()),
                        null),
                Arguments.of("median response 15 min 1 s", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 10, 10, 901.0,
                        f.exercises()), List.of("comcheck-median-response")),
                Arguments.of("never exercised", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 10, 10, 240.0, List.of()),
                        List.of("exercise-participation", "exercise-score")),
                Arguments.of("last exercise 13 months ago, well scored", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 10, 10, 240.0,
                        List.of(new ExerciseFact("x0", Instant.parse("2025-10-23T00:00:00Z"), 8, 0))), List.of("exercise-participation")),
                Arguments.of("last exercise below 75 %", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 10, 10, 240.0,
                        List.of(new ExerciseFact("x3", Instant.parse("2026-11-01T00:00:00Z"), 2, 1))), List.of("exercise-score")),
                Arguments.of("last exercise with nothing scored", (UnaryOperator<Facts>) f -> new Facts("EE", f.plan(), CLASSES, 0, 0, 10, 10, 240.0,
                        List.of(new ExerciseFact("x3", Instant.parse("2026-11-01T00:00:00Z"), 0, 0))), List.of("exercise-score")),
                Arguments.of("3 of 4 lessons acted on", (UnaryOperator<Facts>) f -> lessons(f, 4, 3), null),
                Arguments.of("2 of 4 lessons acted on", (UnaryOperator<Facts>) f -> lessons(f, 4, 2), List.of("lessons-acted-on")),
                Arguments.of("no lesson at all", (UnaryOperator<Facts>) f -> lessons(f, 0, 0), null));
    }

    private static Facts lessons(Facts f, int lessons, int actedOn) {
        return new Facts(f.country(), f.plan(), f.rsitClasses(), f.primaryGapMinutes(), f.backupGapMinutes(), f.comchecksAsked(), f.comchecksAnswered(),
                f.medianResponseSeconds(), f.exercises(), lessons, actedOn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldMissExactlyTheCriteriaTheFactsDoNotMeet(String name, UnaryOperator<Facts> change, List<String> missed) {
        List<Criterion> criteria = ReadinessCriteria.assess(change.apply(READY), NOW);
        assertThat(criteria).extracting(Criterion::id).containsExactly("plan-approved", "playbooks-cover-rsit", "roster-24-7",
                "comcheck-answer-rate", "comcheck-median-response", "exercise-participation", "exercise-score", "lessons-acted-on");
        assertThat(criteria.stream().filter(c -> !c.met()).map(Criterion::id)).containsExactlyElementsOf(missed == null ? List.of() : missed);
        assertThat(criteria).allSatisfy(c -> assertThat(c.figure()).isNotBlank()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
        int expectedScore = 100 * (8 - (missed == null ? 0 : missed.size())) / 8;
        assertThat(ReadinessCriteria.score(criteria)).isEqualTo(expectedScore);
    }

    @Test
    void shouldTellTheFiguresItJudgedOn() {
        List<Criterion> criteria = ReadinessCriteria.assess(READY, NOW);
        assertThat(criteria.get(1).figure()).isEqualTo("3/3 RSIT classes");
        assertThat(criteria.get(3).figure()).isEqualTo("10/10 answered (100 %)");
        assertThat(criteria.get(6).figure()).isEqualTo("6/8 expectations met in the last exercise (75 %)");
        assertThat(ReadinessCriteria.score(criteria)).isEqualTo(100);
    }

    private static Facts with(Facts f, PlanFact plan, List<String> classes) {
        return new Facts(f.country(), plan, classes, f.primaryGapMinutes(), f.backupGapMinutes(), f.comchecksAsked(), f.comchecksAnswered(),
                f.medianResponseSeconds(), f.exercises());
    }
}
