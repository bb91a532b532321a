package eu.cyberplan.platform.leader;

import java.time.Duration;

/**
 * How long a background job waits before it looks again: its busy interval while it finds work; while it finds none,
 * twice as long each time up to an idle ceiling, so an idle node does not query its database several times a second
 * per job; back to the busy interval as soon as it finds work again. A job that can be woken (the outbox relay is
 * nudged after every commit) loses no latency by it.
 */
public final class IdlePause {

    private final Duration busy;
    private final Duration idle;
    private Duration next;

    public IdlePause(Duration busy, Duration idle) {
        this.busy = busy;
        this.idle = idle.compareTo(busy) < 0 ? busy : idle;
        this.next = busy;
    }

    /** The pause after a look that found work (or not). */
    public Duration after(boolean foundWork) {
        if (foundWork) {
            next = busy;
        } else {
            Duration doubled = next.multipliedBy(2);
            next = doubled.compareTo(idle) > 0 ? idle : doubled;
        }
        return next;
    }
}
