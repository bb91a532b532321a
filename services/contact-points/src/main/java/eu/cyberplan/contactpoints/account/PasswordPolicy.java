package eu.cyberplan.contactpoints.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (DESIGN §12, after NIST SP 800-63B 5.1.1.2): at least 12 characters, neither the username nor
 * containing it, and not on the list of common passwords. No composition rules: length beats them.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 256;

    private final Set<String> common;

    /** {@code common}: the common passwords, in lower case. */
    public PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** Why the password is refused, said to the person choosing it; empty when it is accepted. */
    public Optional<String> refusal(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        if (common.contains(lower)) {
            return Optional.of("is one of the most common passwords");
        }
        return Optional.empty();
    }
}
