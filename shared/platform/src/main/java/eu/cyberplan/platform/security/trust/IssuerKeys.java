package eu.cyberplan.platform.security.trust;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The public keys one trusted issuer publishes, fetched from its JWKS URL and cached. A token with a {@code kid} the
 * cache does not know makes it fetch again (a key rollover), but never more often than {@code minInterval}, so a flood
 * of made-up kids cannot hammer the provider. While the provider does not answer the last good key set is kept: what
 * it verifies is still signed by the same issuer, and a withdrawn key disappears at the next fetch that succeeds.
 */
public final class IssuerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);

    private static final Duration UNTIL_FIRST_KEYS = Duration.ofSeconds(1);

    private final String url;
    private final JwksSource source;
    private final Clock clock;
    private final Duration refresh;
    private final Duration minInterval;
    private volatile JWKSet keys;
    private volatile Instant fetchedAt = Instant.MIN;
    private volatile Instant attemptedAt = Instant.MIN;

    public IssuerKeys(String url, JwksSource source, Clock clock, Duration refresh, Duration minInterval) {
        this.url = url;
        this.source = source;
        this.clock = clock;
        this.refresh = refresh;
        this.minInterval = minInterval;
    }

    /** The keys that may have signed a token with this {@code kid}, from the cache only; null when a fetch is due. */
    public List<JWK> cached(String kid) {
        JWKSet current = keys;
        if (current == null || stale(clock.instant())) {
            return null;
        }
        List<JWK> found = matching(current, kid);
        return found.isEmpty() && mayFetch(clock.instant()) ? null : found;
    }

    /** The keys for this {@code kid}, fetching first when the cache is stale or does not know it (blocking I/O). */
    public List<JWK> fetched(String kid) {
        Instant now = clock.instant();
        JWKSet current = keys;
        if (current == null || stale(now) || matching(current, kid).isEmpty()) {
            // Not checked for the limit out here: a request arriving while another fetches waits for that fetch's keys.
            fetch(now);
        }
        current = keys;
        return current == null ? List.of() : matching(current, kid);
    }

    /** Whether a key set was ever fetched: without one, an unknown kid says nothing about the token or event. */
    public boolean known() {
        return keys != null;
    }

    private synchronized void fetch(Instant now) {
        if (!mayFetch(now)) {
            return; // another request fetched while this one waited
        }
        attemptedAt = now;
        try {
            keys = source.fetch(url);
            fetchedAt = now;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("JWKS at {} unavailable ({}); {}", url, e.toString(),
                    keys == null ? "no key of this issuer known yet" : "validating tokens with the keys it last published");
        }
    }

    private boolean stale(Instant now) {
        return !now.isBefore(fetchedAt.plus(refresh));
    }

    private boolean mayFetch(Instant now) {
        // Until a first key set arrives (the provider is starting), everything signed by it waits: ask every second.
        Duration wait = keys == null ? UNTIL_FIRST_KEYS.compareTo(minInterval) < 0 ? UNTIL_FIRST_KEYS : minInterval : minInterval;
        return !now.isBefore(attemptedAt.plus(wait));
    }

    private static List<JWK> matching(JWKSet set, String kid) {
        if (kid == null) {
            return set.getKeys();
        }
        JWK key = set.getKeyByKeyId(kid);
        return key == null ? List.of() : List.of(key);
    }
}
