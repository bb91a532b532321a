package eu.cyberplan.platform.security.keys;

import com.nimbusds.jose.jwk.JWK;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The keys of one use (token signing; event signing joins later) and when each starts to sign: its JWK {@code iat}.
 * The newest key already active signs; the published set is that key, the one before it (whatever it signed is still
 * within its lifetime) and any key not active yet, published ahead so that every validator has it before it signs.
 */
public record KeyRing(List<JWK> keys) {

    public KeyRing {
        keys = keys.stream().sorted(Comparator.comparing(KeyRing::activeFrom)).toList();
    }

    public Optional<JWK> signing(Instant now) {
        int current = currentIndex(now);
        return current < 0 ? Optional.empty() : Optional.of(keys.get(current));
    }

    public List<JWK> published(Instant now) {
        int from = Math.max(0, currentIndex(now) - 1);
        return keys.subList(from, keys.size()).stream().map(JWK::toPublicJWK).toList();
    }

    private int currentIndex(Instant now) {
        int current = -1;
        for (int i = 0; i < keys.size() && !activeFrom(keys.get(i)).isAfter(now); i++) {
            current = i;
        }
        return current;
    }

    /**
     * When the next key must start to sign, if it is time to make it now: {@code rotation} after the newest key, made
     * {@code ahead} of that so it is published before it signs. Empty while the newest key is young enough.
     */
    public Optional<Instant> nextActivationDue(Instant now, Duration rotation, Duration ahead) {
        if (keys.isEmpty()) {
            return Optional.of(now);
        }
        Instant next = activeFrom(keys.get(keys.size() - 1)).plus(rotation);
        return next.isAfter(now.plus(ahead)) ? Optional.empty() : Optional.of(next.isBefore(now) ? now : next);
    }

    public static Instant activeFrom(JWK key) {
        Date issued = key.getIssueTime();
        return issued == null ? Instant.EPOCH : issued.toInstant();
    }
}
