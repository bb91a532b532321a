package eu.cyberplan.infra.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads YAML into typed models and refuses any field the model does not know. The fabric8 and Strimzi models keep
 * unknown fields in an "additional properties" map (so a Kubernetes server's pruning decides); here a misspelt field
 * must fail, so their any-setters are switched off and unknown properties are errors.
 */
final class StrictYaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .setAnnotationIntrospector(new NoAnySetters())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private StrictYaml() {
    }

    /** Every document of a multi-document YAML file, empty documents left out. */
    static List<JsonNode> documents(Path file) {
        try (YAMLParser parser = new YAMLFactory().createParser(Files.readString(file))) {
            List<JsonNode> documents = new ArrayList<>();
            for (var it = MAPPER.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static JsonNode tree(String yaml) {
        try {
            return MAPPER.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as the model type; an unknown or ill-typed field throws, naming its path. */
    static <T> T read(JsonNode document, Class<T> type) {
        try {
            return MAPPER.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            String path = e instanceof JsonMappingException mapping ? mapping.getPathReference() : "?";
            throw new IllegalArgumentException(type.getSimpleName() + ": " + e.getOriginalMessage() + " at " + path, e);
        }
    }

    private static final class NoAnySetters extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }
    }
}
