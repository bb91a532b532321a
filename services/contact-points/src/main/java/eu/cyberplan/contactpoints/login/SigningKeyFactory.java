package eu.cyberplan.contactpoints.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.security.token.jwt.endpoints.JwkProvider;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;

/**
 * The RS256 key that signs this node's tokens, read from the JWK file named by {@code CYBERPLAN_JWT_KEY_FILE}.
 * Only the demo may generate one (and keeps it in that file, so tokens survive a restart). Its public half is
 * published at {@code /keys} for every other service and node.
 */
@Factory
public class SigningKeyFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyFactory.class);

    @Singleton
    RSAKey signingKey(@Value("${cyberplan.jwt.key-file:}") String keyFile, Environment environment) throws IOException, ParseException, JOSEException {
        boolean demo = environment.getActiveNames().contains("demo");
        if (keyFile.isBlank()) {
            if (!demo) {
                throw new IllegalStateException("CYBERPLAN_JWT_KEY_FILE must name the JWK file of the token signing key");
            }
            LOG.warn("Demo: signing tokens with a key generated for this run only (set CYBERPLAN_JWT_KEY_FILE to keep it)");
            return generate();
        }
        Path path = Path.of(keyFile);
        if (Files.exists(path)) {
            return RSAKey.parse(Files.readString(path));
        }
        if (!demo) {
            throw new IllegalStateException("token signing key file " + path + " does not exist");
        }
        RSAKey key = generate();
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, key.toJSONString());
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the demo key is no secret worth more
        }
        LOG.info("Demo: generated the token signing key in {}", path);
        return key;
    }

    @Singleton
    @Named("generator")
    RSASignatureGeneratorConfiguration generator(RSAKey key) throws JOSEException {
        RSAPublicKey publicKey = key.toRSAPublicKey();
        RSAPrivateKey privateKey = key.toRSAPrivateKey();
        return new RSASignatureGeneratorConfiguration() {
            @Override
            public RSAPrivateKey getPrivateKey() {
                return privateKey;
            }

            @Override
            public JWSAlgorithm getJwsAlgorithm() {
                return JWSAlgorithm.RS256;
            }

            @Override
            public RSAPublicKey getPublicKey() {
                return publicKey;
            }
        };
    }

    @Singleton
    JwkProvider publishedKeys(RSAKey key) {
        return () -> List.of(key.toPublicJWK());
    }

    private static RSAKey generate() throws JOSEException {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
    }
}
