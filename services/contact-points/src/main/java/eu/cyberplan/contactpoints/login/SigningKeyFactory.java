package eu.cyberplan.contactpoints.login;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import eu.cyberplan.platform.security.keys.KeyFiles;
import eu.cyberplan.platform.security.keys.KeyRing;
import eu.cyberplan.platform.security.keys.RotatingKeys;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.security.token.jwt.endpoints.JwkProvider;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The RS256 keys that sign this node's tokens (DESIGN §12), rotating with overlap. Production reads them from the
 * directory {@code CYBERPLAN_JWT_KEY_DIR}, mounted from a secret store and shared by every instance; the operator adds
 * the next key there. Only the demo generates keys, in that directory (a temporary one when none is named), and
 * rotates them itself. {@code CYBERPLAN_JWT_KEY_FILE} names a single key that never rotates (the settings before
 * rotation existed). The current and the previous key, and a next one made ahead, are published at {@code /keys}.
 */
@Factory
public class SigningKeyFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyFactory.class);
    private static final String TOKEN_KEYS = "token";

    @Singleton
    @Named("token")
    RotatingKeys tokenKeys(@Value("${cyberplan.jwt.key-dir}") String keyDir, @Value("${cyberplan.jwt.key-file}") String keyFile,
                           @Value("${cyberplan.jwt.rotation}") Duration rotation, @Value("${cyberplan.jwt.publish-ahead}") Duration ahead,
                           @Value("${cyberplan.jwt.reload}") Duration reload, Environment environment, Clock clock) throws IOException {
        boolean demo = environment.getActiveNames().contains("demo");
        RotatingKeys.Schedule schedule = new RotatingKeys.Schedule(rotation, ahead, reload);
        if (keyDir.isBlank() && !keyFile.isBlank()) {
            LOG.warn("Token signing key from CYBERPLAN_JWT_KEY_FILE: it never rotates (name a CYBERPLAN_JWT_KEY_DIR instead)");
            KeyRing single = new KeyRing(List.of(singleKey(Path.of(keyFile), demo)));
            return new RotatingKeys(() -> single, null, schedule, clock);
        }
        if (keyDir.isBlank() && !demo) {
            throw new IllegalStateException("CYBERPLAN_JWT_KEY_DIR must name the directory of the token signing keys");
        }
        Path directory = keyDir.isBlank() ? Files.createTempDirectory("cyberplan-keys") : Path.of(keyDir);
        if (keyDir.isBlank()) {
            LOG.warn("Demo: token signing keys in {} for this run only (set CYBERPLAN_JWT_KEY_DIR to keep them)", directory);
        }
        KeyFiles files = new KeyFiles(directory, TOKEN_KEYS);
        Consumer<Instant> generator = demo ? files::generate : null;
        return new RotatingKeys(files::load, generator, schedule, clock);
    }

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration generator(@Named("token") RotatingKeys keys) {
        return new RotatingTokenSigner(keys);
    }

    /** The node's JWKS: its token keys and, beside them, the keys all its services sign events with (DESIGN §11). */
    @Singleton
    JwkProvider publishedKeys(@Named("token") RotatingKeys tokenKeys, @Named("events") RotatingKeys eventKeys) {
        return () -> Stream.concat(tokenKeys.published().stream(), eventKeys.published().stream()).toList();
    }

    private static JWK singleKey(Path path, boolean demo) {
        try {
            if (Files.exists(path)) {
                return RSAKey.parse(Files.readString(path));
            }
            if (!demo) {
                throw new IllegalStateException("token signing key file " + path + " does not exist");
            }
            KeyFiles files = new KeyFiles(path.toAbsolutePath().getParent(), "single");
            files.generate(Instant.EPOCH);
            Files.move(path.toAbsolutePath().getParent().resolve("single-0.json"), path);
            LOG.info("Demo: generated the token signing key in {}", path);
            return RSAKey.parse(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("the token signing key file " + path + " is not a JWK", e);
        }
    }
}
