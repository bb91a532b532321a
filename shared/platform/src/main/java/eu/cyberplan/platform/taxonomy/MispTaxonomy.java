package eu.cyberplan.platform.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A MISP taxonomy as its machine tags: the values allowed under each predicate
 * (e.g. {@code rsit}: {@code malicious-code} → {@code infected-system, c2-server, …}).
 */
public record MispTaxonomy(String namespace, Map<String, List<String>> valuesByPredicate) {

    public boolean hasPredicate(String predicate) {
        return valuesByPredicate.containsKey(predicate);
    }

    public List<String> predicates() {
        return List.copyOf(valuesByPredicate.keySet());
    }

    public List<String> values(String predicate) {
        return Optional.ofNullable(valuesByPredicate.get(predicate)).orElse(List.of());
    }

    public boolean allows(String predicate, String value) {
        return values(predicate).contains(value);
    }

    /** The exact machine tag, e.g. {@code rsit:malicious-code="infected-system"}. */
    public String machineTag(String predicate, String value) {
        return namespace + ":" + predicate + "=\"" + value + "\"";
    }
}
