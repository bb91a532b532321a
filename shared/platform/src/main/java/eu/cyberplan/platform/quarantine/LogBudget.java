package eu.cyberplan.platform.quarantine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How many lines a flood of the same kind may write to the log: up to {@code perWindow} per key in each window, the
 * rest only counted, and that count told with the first line of a later window. A forged event is worth an ERROR
 * line; a hundred thousand of them (a node left out of the trust list, a replay) are worth a few lines and a total,
 * while the table and the counter keep every one.
 */
final class LogBudget {

    private final int perWindow;
    private final Duration window;
    private final Map<String, Spent> spent = new HashMap<>();

    LogBudget(int perWindow, Duration window) {
        this.perWindow = perWindow;
        this.window = window;
    }

    /** Empty when this line is to be left out; else how many were left out since the last one written. */
    synchronized OptionalLong take(String key, Instant now) {
        Spent s = spent.computeIfAbsent(key, k -> new Spent(now));
        if (!now.isBefore(s.windowStart.plus(window))) {
            long untold = s.suppressed;
            s.windowStart = now;
            s.written = 1;
            s.suppressed = 0;
            return OptionalLong.of(untold);
        }
        if (s.written < perWindow) {
            s.written++;
            return OptionalLong.of(0);
        }
        s.suppressed++;
        return OptionalLong.empty();
    }

    private static final class Spent {
        Instant windowStart;
        int written;
        long suppressed;

        Spent(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }
}
