package eu.cyberplan.platform.security.trust;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * One issuer this node accepts tokens from (DESIGN §11): another node or a country's own OIDC provider, trusted only
 * for the people of {@code countries} ({@code "*"}: any country, meant for a single node's own issuer). {@code rolesClaim} and {@code countryClaim} name where its tokens carry roles
 * and country, as a dotted path into the claims (Keycloak keeps roles in {@code realm_access.roles}).
 */
@Serdeable
public record TrustEntry(@Nullable String node, List<String> countries, String issuer, String jwksUrl,
                         @Nullable String rolesClaim, @Nullable String countryClaim) {

    public TrustEntry {
        if (issuer == null || issuer.isBlank() || jwksUrl == null || jwksUrl.isBlank()) {
            throw new IllegalArgumentException("a trust entry needs an issuer and a jwksUrl: " + issuer);
        }
        if (countries == null || countries.isEmpty()) {
            throw new IllegalArgumentException("the trust entry of " + issuer + " names no country");
        }
        countries = List.copyOf(countries);
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        countryClaim = countryClaim == null || countryClaim.isBlank() ? "country" : countryClaim;
    }

    /** Stands for every country: the node's own issuer when CYBERPLAN_COUNTRIES is empty, and the tests' issuer. */
    public static final String ANY_COUNTRY = "*";

    public boolean trustedFor(String country) {
        return countries.contains(country) || countries.contains(ANY_COUNTRY);
    }

    /** The value at a dotted path of the claims ({@code realm_access.roles}), or null where the path ends early. */
    static Object at(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(step);
        }
        return value;
    }
}
