package eu.cyberplan.contactpoints.channel;

import java.time.Duration;

/** How long a failed notification waits before its next attempt: the initial delay, doubled after each failure, capped. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
    }

    /** The wait after {@code failedAttempts} failures in a row (1 = after the first). */
    public Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no wait before the first attempt");
        }
        Duration wait = initial;
        // Stop doubling at the cap, so no number of attempts can overflow.
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
