package eu.cyberplan.infra.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the launcher restarts a child that exited on its own, and when it stops trying. A child is restarted after a
 * backoff that doubles with each restart in the window (first {@code firstDelay}, at most {@code longestDelay}, so a
 * service killed once is back within seconds); one that needed {@code maxRestarts} restarts within {@code window} is
 * crash-looping (a bad config, a full disk) and is given up on: restarting it again only hides the cause in the log.
 */
record RestartPolicy(int maxRestarts, Duration window, Duration firstDelay, Duration longestDelay) {

    /** Five restarts within ten minutes; 1, 2, 4, 8, 8 s apart: the first restart is always under 10 s. */
    static final RestartPolicy DEFAULT = new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(8));

    RestartPolicy {
        if (maxRestarts < 1 || window.isNegative() || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("restart policy needs maxRestarts >= 1 and 0 <= firstDelay <= longestDelay");
        }
    }

    /** What to do about a child that exited at {@code exitedAt}, given when it was restarted before. */
    RestartDecision decide(List<Instant> earlierRestarts, Instant exitedAt) {
        Instant windowStart = exitedAt.minus(window);
        long recent = earlierRestarts.stream().filter(restart -> restart.isAfter(windowStart)).count();
        if (recent >= maxRestarts) {
            return RestartDecision.giveUp((int) recent, "crash-looping: " + recent + " restarts within " + window.toMinutes() + " min");
        }
        return RestartDecision.restartAfter(backoff(recent), (int) recent + 1);
    }

    private Duration backoff(long recentRestarts) {
        Duration delay = firstDelay;
        for (long i = 0; i < recentRestarts && delay.compareTo(longestDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /**
     * The verdict for one exit.
     *
     * @param restart      true: start it again after {@code delay}; false: give up
     * @param restartCount which restart within the window this is (or how many there were, when giving up)
     * @param reason       why it is given up; null when restarting
     */
    record RestartDecision(boolean restart, Duration delay, int restartCount, String reason) {

        static RestartDecision restartAfter(Duration delay, int restartCount) {
            return new RestartDecision(true, delay, restartCount, null);
        }

        static RestartDecision giveUp(int restarts, String reason) {
            return new RestartDecision(false, Duration.ZERO, restarts, reason);
        }
    }
}
