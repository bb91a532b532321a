package eu.cyberplan.platform.security.trust;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The issuers this node accepts and the countries each may speak for (DESIGN §11). A token is admitted only when its
 * issuer is listed and that entry's countries include the token's country: a node, or a national identity provider,
 * cannot issue tokens for another country's people.
 */
public final class TrustList {

    private final Map<String, TrustEntry> byIssuer = new LinkedHashMap<>();

    public TrustList(List<TrustEntry> entries) {
        for (TrustEntry entry : entries) {
            if (byIssuer.putIfAbsent(entry.issuer(), entry) != null) {
                // Two entries for one issuer would make "which countries" depend on the order of a file.
                throw new IllegalArgumentException("issuer " + entry.issuer() + " is listed twice in the trust list");
            }
        }
    }

    public Optional<TrustEntry> entryFor(String issuer) {
        return Optional.ofNullable(issuer).map(byIssuer::get);
    }

    public Collection<TrustEntry> entries() {
        return byIssuer.values();
    }

    /** Who the already verified claims of {@code entry}'s token name, if that entry may speak for their country. */
    public static Optional<TrustedIdentity> admit(TrustEntry entry, Map<String, Object> claims) {
        Object subject = claims.get("sub");
        Object country = TrustEntry.at(claims, entry.countryClaim());
        if (!(subject instanceof String sub) || sub.isBlank() || !(country instanceof String code)) {
            return Optional.empty();
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (!entry.trustedFor(normalised)) {
            return Optional.empty();
        }
        return Optional.of(new TrustedIdentity(sub, roles(TrustEntry.at(claims, entry.rolesClaim())), normalised, entry.issuer()));
    }

    private static Set<String> roles(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).collect(Collectors.toUnmodifiableSet());
        }
        // Some providers put a single role, or space-separated roles, in a string claim.
        if (claim instanceof String value && !value.isBlank()) {
            return Arrays.stream(value.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
