package eu.cyberplan.platform.country;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes as the plan uses them: the 30 members (EU27 + IS, LI, NO),
 * any other ISO code for observers, {@code EL} accepted for Greece and stored as {@code GR}.
 */
public final class CountryCodes {

    public static final List<String> EU_MEMBERS = List.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
            "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    public static final List<String> EEA_MEMBERS = List.of("IS", "LI", "NO");
    public static final List<String> MEMBERS = java.util.stream.Stream.concat(EU_MEMBERS.stream(), EEA_MEMBERS.stream()).toList();

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    /** The stored form of a code a client wrote, or empty when it is no ISO 3166-1 alpha-2 code. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if ("EL".equals(upper)) {
            return Optional.of("GR");
        }
        return ISO.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    public static boolean isMember(String code) {
        return MEMBERS.contains(code);
    }
}
