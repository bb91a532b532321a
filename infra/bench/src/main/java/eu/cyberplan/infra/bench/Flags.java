package eu.cyberplan.infra.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Command-line flags as {@code --name value} or {@code --name=value}, checked against the names a driver knows. */
final class Flags {

    private final Map<String, String> values = new HashMap<>();

    Flags(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value;
            int equals = flag.indexOf('=');
            if (equals > 0) {
                value = flag.substring(equals + 1);
                flag = flag.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("flag " + flag + " needs a value");
            }
            if (!known.contains(flag)) {
                throw new IllegalArgumentException("unknown flag " + flag);
            }
            values.put(flag, value);
        }
    }

    String text(String flag, String fallback) {
        return values.getOrDefault(flag, fallback);
    }

    int number(String flag, int fallback) {
        try {
            return values.containsKey(flag) ? Integer.parseInt(values.get(flag)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number, not " + values.get(flag));
        }
    }

    boolean has(String flag) {
        return values.containsKey(flag);
    }
}
