package eu.cyberplan.platform.taxonomy;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MISP taxonomies the plan uses, read from the unchanged copies in {@code cyberplan-events}
 * ({@code reference/misp-taxonomies/<name>/machinetag.json}): never retyped.
 */
@Singleton
public class Taxonomies {

    private final MispTaxonomy rsit;
    private final MispTaxonomy nis2;

    public Taxonomies(ObjectMapper json) {
        this.rsit = load(json, "rsit");
        this.nis2 = load(json, "nis2");
    }

    public MispTaxonomy rsit() {
        return rsit;
    }

    public MispTaxonomy nis2() {
        return nis2;
    }

    static MispTaxonomy load(ObjectMapper json, String name) {
        String path = "reference/misp-taxonomies/" + name + "/machinetag.json";
        try (InputStream in = Taxonomies.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy " + path + " is not on the classpath");
            }
            JsonNode root = json.readValue(in.readAllBytes(), JsonNode.class);
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (JsonNode predicate : root.get("predicates").values()) {
                values.put(predicate.get("value").getStringValue(), new ArrayList<>());
            }
            JsonNode entries = root.get("values");
            if (entries != null) {
                for (JsonNode group : entries.values()) {
                    List<String> allowed = values.computeIfAbsent(group.get("predicate").getStringValue(), k -> new ArrayList<>());
                    for (JsonNode entry : group.get("entry").values()) {
                        allowed.add(entry.get("value").getStringValue());
                    }
                }
            }
            values.replaceAll((k, v) -> List.copyOf(v));
            return new MispTaxonomy(root.get("namespace").getStringValue(), java.util.Collections.unmodifiableMap(values));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + path, e);
        }
    }
}
