package eu.cyberplan.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Mints RS256 tokens for any user, role and country, signed by the tests' own key. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A bearer token valid for an hour. */
    public static String token(String username, String country, String... roles) {
        return token(username, country, Duration.ofHours(1), roles);
    }

    /** A token expiring {@code validFor} from now; a negative duration gives an expired token. */
    public static String token(String username, String country, Duration validFor, String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(username)
                .issuer(TestJwks.ISSUER)
                .issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("roles", List.of(roles))
                .claim("country", country)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestJwks.KEY.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(TestJwks.KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    /** The value of an {@code Authorization} header for {@link #token(String, String, String...)}. */
    public static String bearer(String username, String country, String... roles) {
        return "Bearer " + token(username, country, roles);
    }
}
