package eu.cyberplan.contactpoints.comcheck;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComcheckTest {

    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant ANSWER_BY = START.plusSeconds(1800);

    private final Comcheck comcheck = new Comcheck(UUID.randomUUID(), List.of("EE", "LV", "LT", "FI"), "coordinator", START, ANSWER_BY, "REAL", null, List.of(
            new Comcheck.Answer("EE", "ncp.ee", START.plusSeconds(75)),
            new Comcheck.Answer("LV", "duty.lv", ANSWER_BY.plusSeconds(1)),
            new Comcheck.Answer("LT", null, null),
            new Comcheck.Answer("FI", "ncp.fi", START.minusSeconds(2))));

    @Test
    void shouldCountTheResponseTimeFromTheStartAndNeverBelowZero() {
        assertThat(comcheck.answers()).extracting(comcheck::responseSeconds).containsExactly(75L, 1801L, null, 0L);
    }

    @Test
    void shouldCallAnAnswerAfterTheDeadlineOrAMissingOneOnceItPassedLate() {
        assertThat(comcheck.answers()).extracting(answer -> comcheck.late(answer, START.plusSeconds(60))).containsExactly(false, true, false, false);
        assertThat(comcheck.answers()).extracting(answer -> comcheck.late(answer, ANSWER_BY.plusSeconds(1))).containsExactly(false, true, true, false);
    }

    @Test
    void shouldRateAnswersOverTheCountriesShown() {
        assertThat(comcheck.answerRate()).isEqualTo(0.75);
        assertThat(comcheck.onlyFor("LT").answerRate()).isZero();
        assertThat(comcheck.onlyFor("LT").answers()).extracting(Comcheck.Answer::country).containsExactly("LT");
        assertThat(comcheck.onlyFor("LT").countries()).as("which countries were asked is no secret").hasSize(4);
        assertThat(comcheck.observations()).extracting(ComcheckStatistics.Observation::answered).containsExactly(true, true, false, true);
    }
}
