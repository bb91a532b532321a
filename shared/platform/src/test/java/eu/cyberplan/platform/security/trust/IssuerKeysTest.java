package eu.cyberplan.platform.security.trust;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class IssuerKeysTest {

    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T06:00:00Z"));
    private final IssuerKeys keys = new IssuerKeys("https://idp.example/keys", url -> {
        fetches.incrementAndGet();
        if (down.get()) {
            throw new IOException("503");
        }
        return published.get();
    }, new MovableClock(), Duration.ofMinutes(5), Duration.ofSeconds(10));

    @Test
    void shouldFetchANewKidAtOnceButAFloodOfUnknownKidsOnlyOncePerInterval() throws Exception {
        RSAKey first = key("first");
        published.set(new JWKSet(first.toPublicJWK()));
        assertThat(keys.fetched("first")).hasSize(1);

        RSAKey second = key("second");
        published.set(new JWKSet(java.util.List.of(first.toPublicJWK(), second.toPublicJWK())));
        now.set(now.get().plusSeconds(11));
        assertThat(keys.cached("second")).as("an unknown kid asks for a fetch").isNull();
        assertThat(keys.fetched("second")).hasSize(1);
        for (int i = 0; i < 100; i++) {
            assertThat(keys.cached("made-up-" + i)).isEmpty();
            assertThat(keys.fetched("made-up-" + i)).isEmpty();
        }
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheLastGoodKeysWhileTheProviderIsDown() throws Exception {
        RSAKey first = key("first");
        published.set(new JWKSet(first.toPublicJWK()));
        keys.fetched("first");

        down.set(true);
        now.set(now.get().plus(Duration.ofHours(2)));
        assertThat(keys.fetched("first")).hasSize(1);
        assertThat(fetches.get()).as("it did try the provider again").isEqualTo(2);
    }

    @Test
    void shouldServeFromTheCacheWithoutFetchingWhileFresh() throws Exception {
        published.set(new JWKSet(key("first").toPublicJWK()));
        keys.fetched("first");
        now.set(now.get().plus(Duration.ofMinutes(4)));

        assertThat(keys.cached("first")).hasSize(1);
        assertThat(fetches.get()).isEqualTo(1);
    }

    @Test
    void shouldLetARequestArrivingDuringAFetchWaitForItsKeysRatherThanBeRefused() throws Exception {
        RSAKey first = key("first");
        java.util.concurrent.CountDownLatch fetching = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        IssuerKeys slow = new IssuerKeys("https://idp.example/keys", url -> {
            fetching.countDown();
            release.await();
            return new JWKSet(first.toPublicJWK());
        }, new MovableClock(), Duration.ofMinutes(5), Duration.ofSeconds(10));
        var firstRequest = java.util.concurrent.CompletableFuture.supplyAsync(() -> slow.fetched("first"));
        fetching.await();
        var secondRequest = java.util.concurrent.CompletableFuture.supplyAsync(() -> slow.fetched("first"));
        release.countDown();

        assertThat(firstRequest.get()).hasSize(1);
        assertThat(secondRequest.get()).hasSize(1);
    }

    private static RSAKey key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).generate();
    }

    private final class MovableClock extends Clock {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
