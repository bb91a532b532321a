package eu.cyberplan.exercises.scoring;

import eu.cyberplan.exercises.scenario.ExpectationKind;
import eu.cyberplan.exercises.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectationScoringTest {

    private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");
    private static final UUID INCIDENT = UUID.randomUUID();
    private static final int COMPRESSION = 10;

    private final ExpectationScoring scoring = new ExpectationScoring();

    /** Inject I1 released 60 s (wall) after T0; its alert reached LV 2 s later. */
    private static ExpectationScoring.Facts facts(Long ackAfterWallSeconds, Long levelAfterWallSeconds, long nowWallSeconds, boolean ended) {
        Instant dispatched = T0.plusSeconds(62);
        Observations.Alert lv = new Observations.Alert(UUID.randomUUID(), INCIDENT, "LV", dispatched, dispatched.plusSeconds(90), dispatched,
                ackAfterWallSeconds == null ? null : dispatched.plusSeconds(ackAfterWallSeconds), ackAfterWallSeconds == null ? null : "ncp.lv", null);
        List<Observations.ProtocolEvent> events = levelAfterWallSeconds == null
                ? List.of(new Observations.ProtocolEvent(INCIDENT, "LEVEL", "TECHNICAL", "case opened", T0.plusSeconds(61)))
                : List.of(new Observations.ProtocolEvent(INCIDENT, "LEVEL", "TECHNICAL", "case opened", T0.plusSeconds(61)),
                        new Observations.ProtocolEvent(INCIDENT, "LEVEL", "OPERATIONAL", "TECHNICAL → OPERATIONAL",
                                T0.plusSeconds(60 + levelAfterWallSeconds)));
        return new ExpectationScoring.Facts(T0, COMPRESSION, T0.plusSeconds(nowWallSeconds), ended,
                Map.of("I1", new ExpectationScoring.Release("I1", "EE", T0.plusSeconds(60), INCIDENT)), List.of(lv), events);
    }

    @ParameterizedTest(name = "LV acknowledges after {0} s (wall, 10×) with 15 min allowed, now T0+{1} s, ended {2} → {3}")
    @CsvSource(value = {
            "60, 200, false, MET, 600",
            "90, 200, false, MET, 900",
            "91, 200, false, MISSED, 910",
            "null, 100, false, PENDING, null",
            "null, 100, true, MISSED, null",
            "null, 153, false, MISSED, null"}, nullValues = "null")
    void shouldScoreAnAcknowledgementFromItsAlert(Long ackAfter, long now, boolean ended, ExpectationScoring.Outcome outcome, Long took) {
        Scenario.Expectation e = new Scenario.Expectation(1, ExpectationKind.ACKNOWLEDGE, "LV", "I1", Duration.ofMinutes(15), null, null);
        ExpectationScoring.Score score = scoring.score(e, facts(ackAfter, null, now, ended));
        assertThat(score.outcome()).isEqualTo(outcome);
        assertThat(score.tookSeconds()).isEqualTo(took);
        assertThat(score.withinSeconds()).isEqualTo(900);
    }

    @ParameterizedTest(name = "OPERATIONAL after {0} s (wall) with {1} min allowed → {2}")
    @CsvSource(value = {
            "30, 10, MET",
            "60, 10, MET",
            "61, 10, MISSED",
            "500, null, MET",
            "null, null, PENDING"}, nullValues = "null")
    void shouldScoreALevelFromTheReleaseOfItsInject(Long levelAfter, Long minutes, ExpectationScoring.Outcome outcome) {
        Scenario.Expectation e = new Scenario.Expectation(1, ExpectationKind.LEVEL, null, "I1", minutes == null ? null : Duration.ofMinutes(minutes),
                "OPERATIONAL", null);
        assertThat(scoring.score(e, facts(null, levelAfter, 700, false)).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "a situation report expected; ended {0} → {1}")
    @CsvSource({"false, PENDING", "true, MISSED"})
    void shouldMissWhatNeverHappenedByEndex(boolean ended, ExpectationScoring.Outcome outcome) {
        Scenario.Expectation e = new Scenario.Expectation(1, ExpectationKind.SITUATION_REPORT, null, "I1", Duration.ofHours(1), null, null);
        assertThat(scoring.score(e, facts(null, null, 100, ended)).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "an inject not yet released; ended {0} → {1}")
    @CsvSource({"false, PENDING", "true, MISSED"})
    void shouldWaitForItsInject(boolean ended, ExpectationScoring.Outcome outcome) {
        Scenario.Expectation e = new Scenario.Expectation(1, ExpectationKind.ACKNOWLEDGE, "LV", "I9", Duration.ofMinutes(15), null, null);
        ExpectationScoring.Score score = scoring.score(e, facts(30L, null, 100, ended));
        assertThat(score.outcome()).isEqualTo(outcome);
        assertThat(score.reason()).isEqualTo("inject I9 not released");
    }

    @org.junit.jupiter.api.Test
    void shouldTakeTheMedianAndP90ByNearestRank() {
        assertThat(AcknowledgementTimes.percentile(List.of(), 50)).isNull();
        assertThat(AcknowledgementTimes.percentile(List.of(7L), 90)).isEqualTo(7);
        List<Long> ten = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(AcknowledgementTimes.percentile(ten, 50)).isEqualTo(5);
        assertThat(AcknowledgementTimes.percentile(ten, 90)).isEqualTo(9);
        assertThat(AcknowledgementTimes.percentile(List.of(1L, 2L, 3L), 50)).isEqualTo(2);
    }
}
