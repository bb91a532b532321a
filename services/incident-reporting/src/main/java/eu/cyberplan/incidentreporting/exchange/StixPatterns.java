package eu.cyberplan.incidentreporting.exchange;

import eu.cyberplan.incidentreporting.incident.Indicator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STIX patterns for the indicator kinds CyberPlan keeps ({@link Indicator#TYPES}): written as one comparison,
 * {@code [ipv4-addr:value = '198.51.100.7']}, and read back only in that simple form; anything richer (AND/OR,
 * qualifiers, other observables) is not an indicator CyberPlan can hold.
 */
final class StixPatterns {

    /** {@code [<object>:<path> = '<string literal>']}; the literal may hold {@code \'} and {@code \\} escapes. */
    private static final Pattern SIMPLE = Pattern.compile("^\\[\\s*([a-z0-9-]+):([A-Za-z0-9_.'-]+)\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*]$");

    /** Hash names as other tools spell them, to the {@code file:hashes.…} kinds of {@link Indicator#TYPES}. */
    private static final Map<String, String> HASHES = Map.of(
            "hashes.'sha-256'", "file:hashes.'SHA-256'", "hashes.sha256", "file:hashes.'SHA-256'", "hashes.'sha256'", "file:hashes.'SHA-256'",
            "hashes.'sha-1'", "file:hashes.'SHA-1'", "hashes.sha1", "file:hashes.'SHA-1'", "hashes.'sha1'", "file:hashes.'SHA-1'",
            "hashes.md5", "file:hashes.MD5", "hashes.'md5'", "file:hashes.MD5");

    private StixPatterns() {
    }

    /** The pattern of one indicator; its kind must be one of {@link Indicator#TYPES}. */
    static String of(Indicator indicator) {
        if (!Indicator.TYPES.contains(indicator.type())) {
            throw new IllegalArgumentException("no STIX pattern for indicator kind " + indicator.type());
        }
        String path = indicator.type().contains(":") ? indicator.type() : indicator.type() + ":value";
        return "[" + path + " = '" + escape(indicator.value()) + "']";
    }

    /** The indicator a simple pattern describes, or empty when the pattern is not of the one form CyberPlan reads. */
    static Optional<Indicator> read(String pattern, String description) {
        Matcher m = SIMPLE.matcher(pattern.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String object = m.group(1);
        String path = m.group(2);
        String value = unescape(m.group(3));
        String kind;
        if ("file".equals(object)) {
            kind = HASHES.get(path.toLowerCase(Locale.ROOT));
        } else {
            kind = "value".equals(path) && Indicator.TYPES.contains(object) ? object : null;
        }
        return kind == null || value.isEmpty() ? Optional.empty() : Optional.of(new Indicator(kind, value, description));
    }

    /** The object paths a pattern may compare, e.g. {@code ipv4-addr:value}, {@code file:hashes.'SHA-256'}. */
    static List<String> kinds() {
        return Indicator.TYPES.stream().map(t -> t.contains(":") ? t : t + ":value").toList();
    }

    /** STIX patterning: inside a string literal, a quote and a backslash are escaped with a backslash. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }

    private static String unescape(String literal) {
        StringBuilder value = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                c = literal.charAt(++i);
            }
            value.append(c);
        }
        return value.toString();
    }
}
