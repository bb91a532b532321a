package eu.cyberplan.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Tokens an attacker could bring: one signed by another key under the node's own {@code kid} (forged), and one signed
 * by the node's real key that has expired. Both claim to be the coordinator, the widest role.
 */
final class HostileTokens {

    final String forged;
    final String expired;

    private HostileTokens(String forged, String expired) {
        this.forged = forged;
        this.expired = expired;
    }

    static HostileTokens from(Path signingKeyFile) throws Exception {
        RSAKey real = RSAKey.parse(Files.readString(signingKeyFile));
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(real.getKeyID()).generate();
        Instant now = Instant.now();
        return new HostileTokens(
                sign(impostor, now.plus(Duration.ofHours(1))),
                sign(real, now.minus(Duration.ofMinutes(5))));
    }

    private static String sign(RSAKey key, Instant expiry) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                // The node's own issuer (CYBERPLAN_ISSUER's default): refused for the key or the expiry, not the issuer.
                .issuer("cyberplan")
                .subject("coordinator")
                .issueTime(Date.from(expiry.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(expiry))
                .claim("roles", List.of("COORDINATOR", "AUDITOR", "EXERCISE_PLANNER"))
                .claim("country", "EU")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
