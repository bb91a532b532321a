package eu.cyberplan.platform.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.Set;

/** Who is calling: the token's subject, roles and country, as the domain needs them. */
public record Caller(String username, Set<String> roles, String country) {

    public static final String EU = "EU";

    public static Caller of(Authentication authentication) {
        Object country = authentication.getAttributes().get(Roles.COUNTRY_CLAIM);
        Collection<String> roles = authentication.getRoles();
        return new Caller(authentication.getName(), Set.copyOf(roles), country == null ? "" : country.toString());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean belongsTo(String countryCode) {
        return country.equals(countryCode);
    }

    public boolean isEuLevel() {
        return EU.equals(country);
    }
}
