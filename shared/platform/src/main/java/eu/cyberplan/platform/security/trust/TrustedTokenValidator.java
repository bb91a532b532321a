package eu.cyberplan.platform.security.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Accepts a bearer token only from an issuer of the trust list, signed by a key that issuer publishes, unexpired, and
 * for a country that issuer may speak for (DESIGN §11); anything else is no authentication (401). It takes the place
 * of Micronaut's own JWT validators, which know neither issuers nor countries (they are switched off in each
 * service's {@code application.yml}).
 */
@Singleton
public class TrustedTokenValidator<T> implements io.micronaut.security.token.validator.TokenValidator<T> {

    /** Clocks of issuers and of this node are never quite the same. */
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final TrustList trust;
    private final Map<String, IssuerKeys> keys;
    private final Clock clock;

    public TrustedTokenValidator(TrustList trust, TrustSettings settings, Clock clock) {
        this.trust = trust;
        this.clock = clock;
        JwksSource source = JwksSource.http(Duration.ofSeconds(5));
        this.keys = trust.entries().stream().collect(Collectors.toUnmodifiableMap(TrustEntry::issuer,
                entry -> new IssuerKeys(entry.jwksUrl(), source, clock, settings.jwksRefresh(), settings.jwksMinInterval())));
    }

    @Override
    public Publisher<Authentication> validateToken(String token, T request) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Mono.empty();
        }
        Optional<TrustEntry> entry = trust.entryFor(claims.getIssuer());
        if (entry.isEmpty() || !current(claims)) {
            return Mono.empty();
        }
        IssuerKeys issuerKeys = keys.get(entry.get().issuer());
        String kid = jwt.getHeader().getKeyID();
        Function<List<JWK>, Authentication> admit = candidates -> verified(jwt, candidates)
                ? TrustList.admit(entry.get(), claims.getClaims()).map(TrustedTokenValidator::authentication).orElse(null)
                : null;
        List<JWK> cached = issuerKeys.cached(kid);
        if (cached != null) {
            return Mono.justOrEmpty(admit.apply(cached));
        }
        // Fetching keys is blocking I/O: never on the event loop that serves requests.
        return Mono.fromCallable(() -> admit.apply(issuerKeys.fetched(kid))).subscribeOn(Schedulers.boundedElastic());
    }

    private boolean current(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        Date notBefore = claims.getNotBeforeTime();
        return expires != null && now.isBefore(expires.toInstant().plus(SKEW))
                && (notBefore == null || !now.plus(SKEW).isBefore(notBefore.toInstant()));
    }

    private static boolean verified(SignedJWT jwt, List<JWK> candidates) {
        for (JWK key : candidates) {
            try {
                JWSVerifier verifier = verifier(jwt.getHeader().getAlgorithm(), key);
                if (verifier != null && jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException e) {
                // a key of the wrong shape for this token: try the next one
            }
        }
        return false;
    }

    private static JWSVerifier verifier(JWSAlgorithm algorithm, JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa && JWSAlgorithm.Family.RSA.contains(algorithm)) {
            return new RSASSAVerifier(rsa);
        }
        if (key instanceof ECKey ec && JWSAlgorithm.Family.EC.contains(algorithm)) {
            return new ECDSAVerifier(ec);
        }
        return null; // HMAC and "none" are never accepted: no secret is shared between countries
    }

    private static Authentication authentication(TrustedIdentity identity) {
        return Authentication.build(identity.subject(), identity.roles(),
                Map.of(Roles.COUNTRY_CLAIM, identity.country(), "iss", identity.issuer()));
    }
}
