package eu.cyberplan.exercises.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The pauses of an exercise, to tell the exercise time of any past wall instant: the running wall time since T0 up to
 * that instant (pauses before it left out) × compression. {@code resumedAt} is null for a pause still going on.
 */
public record PauseHistory(Instant startedAt, int compression, List<Pause> pauses) {

    /** One pause. */
    public record Pause(Instant pausedAt, Instant resumedAt) {
    }

    public long exerciseSecondsAt(Instant at) {
        if (at.isBefore(startedAt)) {
            return 0;
        }
        Duration running = Duration.between(startedAt, at);
        for (Pause pause : pauses) {
            if (!pause.pausedAt().isBefore(at)) {
                continue;
            }
            Instant until = pause.resumedAt() == null || pause.resumedAt().isAfter(at) ? at : pause.resumedAt();
            running = running.minus(Duration.between(pause.pausedAt(), until));
        }
        return running.isNegative() ? 0 : running.multipliedBy(compression).toSeconds();
    }
}
