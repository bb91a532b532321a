package eu.cyberplan.exercises.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The exercise clock: T0 on the wall clock, the time compression, and the pauses. Exercise time runs
 * {@code compression} times faster than the wall clock while the exercise runs and stands still while it is paused, so
 * an inject at T0 + offset is due {@code offset / compression} of running wall time after T0, however often it was
 * paused. Immutable: every transition answers a new timeline.
 *
 * @param startedAt   T0 on the wall clock
 * @param compression 1 (real time) … 60
 * @param pausedTotal wall time spent paused before the current pause
 * @param pausedAt    when the current pause began, or null while running
 */
public record ReleaseTimeline(Instant startedAt, int compression, Duration pausedTotal, Instant pausedAt) {

    public static final int MAX_COMPRESSION = 60;

    public ReleaseTimeline {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(pausedTotal, "pausedTotal");
        if (compression < 1 || compression > MAX_COMPRESSION) {
            throw new IllegalArgumentException("compression must be 1 to " + MAX_COMPRESSION + ", not " + compression);
        }
    }

    public static ReleaseTimeline startedAt(Instant t0, int compression) {
        return new ReleaseTimeline(t0, compression, Duration.ZERO, null);
    }

    public boolean paused() {
        return pausedAt != null;
    }

    public ReleaseTimeline pause(Instant at) {
        if (paused()) {
            throw new IllegalStateException("already paused");
        }
        return new ReleaseTimeline(startedAt, compression, pausedTotal, notBefore(at, startedAt));
    }

    public ReleaseTimeline resume(Instant at) {
        if (!paused()) {
            throw new IllegalStateException("not paused");
        }
        return new ReleaseTimeline(startedAt, compression, pausedTotal.plus(Duration.between(pausedAt, notBefore(at, pausedAt))), null);
    }

    /** Exercise time since T0 at the wall instant {@code now}: running wall time × compression. */
    public Duration exerciseTime(Instant now) {
        Instant until = paused() ? pausedAt : notBefore(now, startedAt);
        Duration running = Duration.between(startedAt, until).minus(pausedTotal);
        return running.isNegative() ? Duration.ZERO : running.multipliedBy(compression);
    }

    /**
     * The wall instant at which exercise time reaches {@code offset}, if the exercise runs on from now without another
     * pause; null while paused (nothing is due while paused).
     */
    public Instant dueAt(Duration offset) {
        if (paused()) {
            return null;
        }
        return startedAt.plus(pausedTotal).plus(toWall(offset));
    }

    /** A span of exercise time on the wall clock: deadlines of exercise alerts are divided by the compression. */
    public Duration toWall(Duration exerciseSpan) {
        return Duration.ofNanos(exerciseSpan.toNanos() / compression);
    }

    /** A span of wall time in exercise time. */
    public Duration toExercise(Duration wallSpan) {
        return wallSpan.multipliedBy(compression);
    }

    private static Instant notBefore(Instant at, Instant floor) {
        return at.isBefore(floor) ? floor : at;
    }
}
