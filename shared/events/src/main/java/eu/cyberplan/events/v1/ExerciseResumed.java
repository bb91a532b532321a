package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A paused exercise goes on from the exercise time it was paused at. */
@Serdeable
public record ExerciseResumed(
        UUID exerciseId,
        long exerciseSeconds,
        String resumedBy,
        Instant resumedAt) {
}
