package eu.cyberplan.contactpoints.account;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Recovery codes: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), read out in two groups of five
 * (about 50 bits each). Stored as SHA-256: with that entropy a slow hash adds nothing.
 */
public final class RecoveryCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private RecoveryCodes() {
    }

    static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The stored form of what a person typed: case and the hyphen do not matter. */
    public static String hash(String typed) {
        return Tickets.sha256(typed.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", ""));
    }

    /** Whether what was typed has the shape of a recovery code rather than a TOTP code. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && typed.replace("-", "").replace(" ", "").length() == 10;
    }
}
