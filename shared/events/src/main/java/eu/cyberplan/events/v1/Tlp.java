package eu.cyberplan.events.v1;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Traffic Light Protocol 2.0 labels; {@link #label()} is the form written in JSON ({@code AMBER+STRICT}). */
public enum Tlp {
    CLEAR("CLEAR"),
    GREEN("GREEN"),
    AMBER("AMBER"),
    AMBER_STRICT("AMBER+STRICT"),
    RED("RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value of the CloudEvents extension {@code cptlp}: lower case, as the TLP 2.0 machine tags. */
    public String headerValue() {
        return label.toLowerCase(Locale.ROOT);
    }

    public static Optional<Tlp> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Tlp::label).toList();
    }
}
