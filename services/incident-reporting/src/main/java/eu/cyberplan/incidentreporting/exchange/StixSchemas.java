package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OASIS STIX 2.1 JSON schemas and the TLP 2.0 marking extension schema, read from the unchanged copies in
 * {@code cyberplan-events} ({@code reference/stix2.1/}); their {@code $id}s and {@code $ref}s point at GitHub, which is
 * mapped to the classpath, so validating never touches the network.
 */
@Singleton
public class StixSchemas {

    private static final String RESOURCES = "reference/stix2.1/schemas/";
    static final String CLASSPATH = "classpath:" + RESOURCES;
    static final String OASIS = "raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final String TLP_2 = "classpath:reference/stix2.1/tlp-2.0/" + TlpMarkings.EXTENSION + ".json";
    /** Where a type's own schema may live; the first folder holding {@code <type>.json} wins. */
    private static final List<String> FOLDERS = List.of("sdos/", "sros/", "observables/", "common/");
    /** {@code common/} also holds building blocks (core, bundle, …) that are not the schema of a type of that name. */
    private static final List<String> COMMON_TYPES = List.of("marking-definition", "language-content", "extension-definition");
    private static final Pattern TYPE_NAME = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final JsonSchema envelope;
    private final JsonSchema tlp2;
    private final Map<String, Optional<JsonSchema>> byType = new ConcurrentHashMap<>();

    public StixSchemas() {
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaMappers(m -> m
                .mapPrefix("http://" + OASIS, CLASSPATH)
                .mapPrefix("https://" + OASIS, CLASSPATH)));
        config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        envelope = factory.getSchema(envelopeSchema(), config);
        tlp2 = factory.getSchema(SchemaLocation.of(TLP_2), config);
        // Load the types every export holds now, so a broken copy fails at start-up, not on the first export.
        List.of("incident", "identity", "indicator", "relationship", "note", "marking-definition").forEach(this::forType);
    }

    /**
     * {@code common/bundle.json} with its {@code objects} items relaxed to "an object": its own per-item check rejects
     * every valid incident and note (their schemas are missing from its list, and its custom-object fallback is a
     * {@code oneOf} they satisfy twice), so each object is checked against its own type's schema instead.
     */
    JsonSchema envelope() {
        return envelope;
    }

    /** The schema of one STIX type ({@code sdos/incident.json}, …), or empty for a type the specification does not define. */
    Optional<JsonSchema> forType(String type) {
        if (!TYPE_NAME.matcher(type).matches()) {
            return Optional.empty();
        }
        return byType.computeIfAbsent(type, t -> FOLDERS.stream()
                .filter(folder -> !"common/".equals(folder) || COMMON_TYPES.contains(t))
                .filter(folder -> StixSchemas.class.getClassLoader().getResource(RESOURCES + folder + t + ".json") != null)
                .findFirst()
                .map(folder -> factory.getSchema(SchemaLocation.of(CLASSPATH + folder + t + ".json"), config)));
    }

    /** The common properties only, for custom objects: {@code core.json} for objects, cyber-observable-core for observables. */
    JsonSchema common(boolean observable) {
        String name = observable ? "cyber-observable-core" : "core";
        return byType.computeIfAbsent(" " + name, n -> Optional.of(factory.getSchema(SchemaLocation.of(CLASSPATH + "common/" + name + ".json"), config)))
                .orElseThrow();
    }

    /** The TLP 2.0 extension's own schema (draft-07): the five canonical ids, names and {@code tlp_2_0} values. */
    JsonSchema tlp2() {
        return tlp2;
    }

    private static JsonNode envelopeSchema() {
        try (InputStream in = StixSchemas.class.getClassLoader().getResourceAsStream(RESOURCES + "common/bundle.json")) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + "common/bundle.json is not on the classpath (cyberplan-events)");
            }
            ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(in);
            ((ObjectNode) schema.get("properties").get("objects")).putObject("items").put("type", "object");
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCES + "common/bundle.json", e);
        }
    }
}
