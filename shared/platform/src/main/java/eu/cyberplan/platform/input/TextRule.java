package eu.cyberplan.platform.input;

import java.util.Optional;

/**
 * Which characters free text may hold. PostgreSQL refuses NUL in {@code text} (a 500 if it gets that far), and other
 * control characters only hide what a duty officer reads on a console or a phone; line breaks and tabs are text in a
 * note or a plan, but not in a name, a code or a title.
 */
public final class TextRule {

    private TextRule() {
    }

    /** Why {@code text} is refused as multi-line free text (only \n, \r and \t among the controls), or empty when it is fine. */
    public static Optional<String> multiLine(String text) {
        return check(text, true);
    }

    /** Why {@code text} is refused as one line (no control character at all), or empty when it is fine. */
    public static Optional<String> singleLine(String text) {
        return check(text, false);
    }

    private static Optional<String> check(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds half of a UTF-16 surrogate pair at position " + i + " (not a character)");
            } else if (isControl(c) && !(lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of("must not hold the control character U+" + String.format("%04X", (int) c) + " (at position " + i + ")"
                        + (lineBreaksAllowed ? "" : "; line breaks and tabs are not allowed here"));
            }
        }
        return Optional.empty();
    }

    /** C0 controls, DEL and C1 controls (Unicode category Cc). */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
