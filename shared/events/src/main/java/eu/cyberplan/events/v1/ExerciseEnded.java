package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** ENDEX: the exercise ended; {@code scores} are its expectations met and missed per country. */
@Serdeable
public record ExerciseEnded(
        UUID exerciseId,
        long exerciseSeconds,
        int injectsReleased,
        int injectsNotReleased,
        List<CountryScore> scores,
        String endedBy,
        Instant endedAt) {

    /** One country's result: expectations met and missed, and its median time to acknowledge in exercise seconds. */
    @Serdeable
    public record CountryScore(String country, int met, int missed, Long medianAcknowledgementSeconds) {
    }
}
