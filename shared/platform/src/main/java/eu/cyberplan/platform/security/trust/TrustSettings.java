package eu.cyberplan.platform.security.trust;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * The trust settings of a node (DESIGN §11): its own issuer and where its keys are published, the countries it
 * serves (empty: every member and EU), the file of the other issuers it trusts, and how keys are cached.
 *
 * @param file         JSON file of further {@link TrustEntry}s ({@code CYBERPLAN_TRUST}); blank: none
 * @param issuer       this node's own {@code iss} ({@code CYBERPLAN_ISSUER})
 * @param jwksUrl      this node's own JWKS ({@code CYBERPLAN_JWKS_URL}, contact-points' {@code /keys})
 * @param countries    comma-separated countries of this node ({@code CYBERPLAN_COUNTRIES})
 * @param jwksRefresh  how long a fetched key set is used before it is fetched again
 * @param jwksMinInterval the least time between two fetches from one issuer, whatever the tokens say
 */
@ConfigurationProperties("cyberplan.trust")
public record TrustSettings(String file, String issuer, String jwksUrl, String countries, Duration jwksRefresh,
                            Duration jwksMinInterval) {
}
