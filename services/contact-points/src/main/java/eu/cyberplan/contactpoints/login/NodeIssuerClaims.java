package eu.cyberplan.contactpoints.login;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Date;

/**
 * Puts this node's issuer ({@code CYBERPLAN_ISSUER}) in the {@code iss} of its tokens, where Micronaut puts the
 * application name: validators on this and other nodes find the issuer in their trust list by it (DESIGN §11).
 * Token times come from the injected clock, the one validators and the key ring use, not from the system's.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
class NodeIssuerClaims extends JWTClaimsSetGenerator {

    private final String issuer;
    private final Clock clock;

    NodeIssuerClaims(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jwtIdGenerator, @Nullable ClaimsAudienceProvider claimsAudienceProvider,
                     ApplicationConfiguration applicationConfiguration, @Value("${cyberplan.trust.issuer}") String issuer, Clock clock) {
        super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    protected void populateExp(JWTClaimsSet.Builder builder, Integer expiration) {
        if (expiration != null) {
            builder.expirationTime(Date.from(clock.instant().plusSeconds(expiration)));
        }
    }

    @Override
    protected void populateNbf(JWTClaimsSet.Builder builder) {
        builder.notBeforeTime(Date.from(clock.instant()));
    }

    @Override
    protected void populateIat(JWTClaimsSet.Builder builder) {
        builder.issueTime(Date.from(clock.instant()));
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(issuer);
    }
}
