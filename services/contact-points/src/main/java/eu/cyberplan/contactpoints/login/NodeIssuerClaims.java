package eu.cyberplan.contactpoints.login;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

/**
 * Puts this node's issuer ({@code CYBERPLAN_ISSUER}) in the {@code iss} of its tokens, where Micronaut puts the
 * application name: validators on this and other nodes find the issuer in their trust list by it (DESIGN §11).
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
class NodeIssuerClaims extends JWTClaimsSetGenerator {

    private final String issuer;

    NodeIssuerClaims(TokenConfiguration tokenConfiguration, JtiGenerator jwtIdGenerator, ClaimsAudienceProvider claimsAudienceProvider,
                     ApplicationConfiguration applicationConfiguration, @Value("${cyberplan.trust.issuer}") String issuer) {
        super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
        this.issuer = issuer;
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(issuer);
    }
}
