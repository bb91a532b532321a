package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An exercise was paused: no inject is released until it resumes; its exercise time stands still. */
@Serdeable
public record ExercisePaused(
        UUID exerciseId,
        long exerciseSeconds,
        String pausedBy,
        Instant pausedAt) {
}
