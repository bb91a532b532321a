package eu.cyberplan.contactpoints.comcheck;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comcheck as the API shows it: one row per country shown, with its response time, and the answer rate over those
 * rows. {@code late}: answered after {@code answerBy}, or still unanswered once it has passed.
 */
@Serdeable
public record ComcheckView(UUID id, List<String> countries, String startedBy, Instant startedAt, Instant answerBy, String mode,
                           @Nullable UUID exerciseId, List<Row> answers, double answerRate) {

    /** One country's answer. */
    @Serdeable
    public record Row(String country, boolean answered, @Nullable String answeredBy, @Nullable Instant answeredAt,
                      @Nullable Long responseSeconds, boolean late) {
    }

    static ComcheckView of(Comcheck comcheck, Instant now) {
        List<Row> rows = comcheck.answers().stream().map(answer -> new Row(answer.country(), answer.answered(), answer.answeredBy(),
                answer.answeredAt(), comcheck.responseSeconds(answer), comcheck.late(answer, now))).toList();
        return new ComcheckView(comcheck.id(), comcheck.countries(), comcheck.startedBy(), comcheck.startedAt(), comcheck.answerBy(),
                comcheck.mode(), comcheck.exerciseId(), rows, comcheck.answerRate());
    }
}
