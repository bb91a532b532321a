package eu.cyberplan.platform.signing;

import com.nimbusds.jose.jwk.JWK;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.security.keys.KeyFiles;
import eu.cyberplan.platform.security.keys.RotatingKeys;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The keys this node signs its events with: one directory of JWK files ({@code events-<activation>.json}) read by every
 * service of the node, so that whatever any of them publishes verifies against the node's JWKS (contact-points'
 * {@code /keys} publishes them beside the token keys). Only the demo generates keys, and there only contact-points (the
 * service started with the {@code demo} environment): two generators starting together would each sign with a key of
 * its own until they read the directory again. The node's other services wait for the first key.
 */
@Factory
class EventKeysFactory {

    static final String USE = "events";
    private static final Logger LOG = LoggerFactory.getLogger(EventKeysFactory.class);

    @Singleton
    @Named(USE)
    RotatingKeys eventKeys(EventKeySettings settings, Environment environment, Clock clock) {
        boolean demo = environment.getActiveNames().contains("demo");
        boolean named = settings.keyDir() != null && !settings.keyDir().isBlank();
        if (!named && !demo) {
            throw new IllegalStateException("CYBERPLAN_EVENT_KEY_DIR must name the directory of this node's event signing keys");
        }
        Path directory = named ? Path.of(settings.keyDir()) : temporary();
        KeyFiles files = new KeyFiles(directory, USE);
        if (!demo) {
            awaitFirstKey(files, directory, settings.keyWait(), clock);
        }
        return new RotatingKeys(files::load, demo ? files::generate : null,
                new RotatingKeys.Schedule(settings.rotation(), settings.publishAhead(), settings.reload()), clock);
    }

    private static void awaitFirstKey(KeyFiles files, Path directory, Duration wait, Clock clock) {
        Instant until = clock.instant().plus(wait);
        while (files.load().signing(clock.instant()).isEmpty() && clock.instant().isBefore(until)) {
            LOG.info("Waiting for the node's first event signing key in {}", directory);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Singleton
    EventSigningKey signingKey(@Named(USE) RotatingKeys keys, NodeIdentity node) {
        return new EventSigningKey() {
            @Override
            public String node() {
                return node.id();
            }

            @Override
            public JWK current() {
                return keys.signing();
            }
        };
    }

    private static Path temporary() {
        try {
            Path directory = Files.createTempDirectory("cyberplan-event-keys");
            LOG.warn("Demo: event signing keys in {} for this run only: other services cannot verify them (set CYBERPLAN_EVENT_KEY_DIR)", directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
