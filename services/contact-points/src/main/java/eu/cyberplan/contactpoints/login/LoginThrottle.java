package eu.cyberplan.contactpoints.login;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The brute-force limit of DESIGN §12: {@code limit} failed logins within {@code window} close the door until the
 * oldest of those failures leaves the window. The same rule serves usernames (5) and client addresses (50).
 */
public record LoginThrottle(int limit, Duration window) {

    /**
     * How long the caller must wait, from the failures newest first (only those within the window matter);
     * empty when it may try.
     */
    public Optional<Duration> retryAfter(List<Instant> failuresNewestFirst, Instant now) {
        List<Instant> recent = failuresNewestFirst.stream().filter(at -> at.isAfter(now.minus(window))).toList();
        if (recent.size() < limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, recent.get(limit - 1).plus(window));
        // Retry-After counts whole seconds: round up, so the door is open when the caller comes back.
        return Optional.of(Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000)));
    }
}
