package eu.cyberplan.contactpoints.comcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A communication check: the countries asked, in the order asked, and the rows of their first answers (all of them, or
 * those one country may see). A country's response time runs from the start of the check to its first answer.
 */
public record Comcheck(UUID id, List<String> countries, String startedBy, Instant startedAt, Instant answerBy, String mode,
                       UUID exerciseId, List<Answer> answers) {

    public Comcheck {
        countries = List.copyOf(countries);
        answers = List.copyOf(answers);
    }

    /** A new check of these countries, nobody has answered yet. */
    public static Comcheck started(UUID id, List<String> countries, String startedBy, Instant startedAt, Instant answerBy) {
        return new Comcheck(id, countries, startedBy, startedAt, answerBy, "REAL", null,
                countries.stream().map(country -> new Answer(country, null, null)).toList());
    }

    /** An exercise's check of these countries (a COMCHECK inject), nobody has answered yet. */
    public static Comcheck exercise(UUID id, UUID exerciseId, List<String> countries, String startedBy, Instant startedAt, Instant answerBy) {
        return new Comcheck(id, countries, startedBy, startedAt, answerBy, "EXERCISE", exerciseId,
                countries.stream().map(country -> new Answer(country, null, null)).toList());
    }

    public boolean asked(String country) {
        return countries.contains(country);
    }

    /** The same check with only the row of one country: what the people of that country see. */
    public Comcheck onlyFor(String country) {
        return new Comcheck(id, countries, startedBy, startedAt, answerBy, mode, exerciseId,
                answers.stream().filter(answer -> answer.country().equals(country)).toList());
    }

    /** Seconds from the start to the answer, or null while unanswered. */
    public Long responseSeconds(Answer answer) {
        if (!answer.answered()) {
            return null;
        }
        // Node clocks may differ slightly: an answer never counts as earlier than the start.
        return Math.max(0, Duration.between(startedAt, answer.answeredAt()).toSeconds());
    }

    /** Answered after {@code answerBy}, or still unanswered once it has passed. */
    public boolean late(Answer answer, Instant now) {
        return answer.answered() ? answer.answeredAt().isAfter(answerBy) : now.isAfter(answerBy);
    }

    /** Share of the rows answered, 0 when there are none. */
    public double answerRate() {
        return answers.isEmpty() ? 0 : (double) answers.stream().filter(Answer::answered).count() / answers.size();
    }

    /** What this check contributes to the statistics: one observation per country asked. */
    public List<ComcheckStatistics.Observation> observations() {
        return answers.stream().map(answer -> new ComcheckStatistics.Observation(answer.country(), responseSeconds(answer))).toList();
    }

    /** One country's row: who answered first and when, or nulls while unanswered. */
    public record Answer(String country, String answeredBy, Instant answeredAt) {

        public boolean answered() {
            return answeredAt != null;
        }
    }
}
