package eu.cyberplan.platform.security.keys;

import com.nimbusds.jose.jwk.JWK;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A key ring read again from its store every {@code reload} (a secret store swaps the mounted files under a running
 * service; no restart needed). Where the ring may make keys (the demo), the next key is made {@code ahead} of its
 * turn, {@code rotation} after the newest one; elsewhere new keys come only from the operator, never generated here.
 */
public final class RotatingKeys {

    /** How the ring is rotated; {@code ahead} should exceed every validator's JWKS cache time. */
    public record Schedule(Duration rotation, Duration ahead, Duration reload) {
    }

    private final Supplier<KeyRing> store;
    private final Consumer<Instant> generator;
    private final Schedule schedule;
    private final Clock clock;
    private KeyRing ring;
    private Instant loadedAt = Instant.MIN;

    /** {@code generator} is null where keys must come from the operator. */
    public RotatingKeys(Supplier<KeyRing> store, Consumer<Instant> generator, Schedule schedule, Clock clock) {
        this.store = store;
        this.generator = generator;
        this.schedule = schedule;
        this.clock = clock;
        if (current().signing(clock.instant()).isEmpty()) {
            throw new IllegalStateException("no signing key is active yet in the key store");
        }
    }

    public JWK signing() {
        Instant now = clock.instant();
        return current().signing(now).orElseThrow(() -> new IllegalStateException("no signing key active at " + now));
    }

    public List<JWK> published() {
        return current().published(clock.instant());
    }

    private synchronized KeyRing current() {
        Instant now = clock.instant();
        if (ring == null || !now.isBefore(loadedAt.plus(schedule.reload()))) {
            ring = store.get();
            loadedAt = now;
            Optional<Instant> due = generator == null ? Optional.empty()
                    : ring.nextActivationDue(now, schedule.rotation(), schedule.ahead());
            if (due.isPresent()) {
                generator.accept(due.get());
                ring = store.get();
            }
        }
        return ring;
    }
}
