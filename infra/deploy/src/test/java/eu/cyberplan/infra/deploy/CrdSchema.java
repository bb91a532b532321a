package eu.cyberplan.infra.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A custom resource's own OpenAPI v3 schema, taken from its CustomResourceDefinition, applied strictly: where the
 * schema lists an object's properties, any other field is a violation (a Kubernetes server would silently prune it),
 * as are a wrong type, a value outside an enum and a missing required field.
 */
record CrdSchema(String apiVersion, String kind, JsonNode schema) {

    /** The schema of the served, stored version of the CRD in the file. */
    static CrdSchema of(Path crdFile) {
        JsonNode crd = StrictYaml.documents(crdFile).get(0);
        JsonNode spec = crd.path("spec");
        for (JsonNode version : spec.path("versions")) {
            if (version.path("storage").asBoolean()) {
                return new CrdSchema(spec.path("group").asText() + "/" + version.path("name").asText(),
                        spec.path("names").path("kind").asText(), version.path("schema").path("openAPIV3Schema"));
            }
        }
        throw new IllegalArgumentException("no stored version in " + crdFile);
    }

    /**
     * What is wrong with the document, one line per violation with its path; empty when it conforms.
     *
     * @param requireFields false for a patch, which names only what it changes
     */
    List<String> violations(JsonNode document, boolean requireFields) {
        List<String> found = new ArrayList<>();
        new Walk(requireFields, found).check(schema, document, kind);
        return found;
    }

    /** One pass over a document, collecting violations. */
    private record Walk(boolean requireFields, List<String> found) {

        private void check(JsonNode schema, JsonNode value, String path) {
            if (!typeMatches(schema, value)) {
                found.add(path + ": expected " + schema.path("type").asText() + ", found " + value.getNodeType());
                return;
            }
            if (schema.has("enum") && !contains(schema.get("enum"), value)) {
                found.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
            if (value.isArray() && schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]");
                }
            }
            if (value.isObject()) {
                checkObject(schema, value, path);
            }
        }

        private void checkObject(JsonNode schema, JsonNode value, String path) {
            for (JsonNode required : schema.path("required")) {
                if (requireFields && !value.has(required.asText())) {
                    found.add(path + "." + required.asText() + ": required");
                }
            }
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = path + "." + field.getKey();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), fieldPath);
                } else if (additional.isObject()) {
                    check(additional, field.getValue(), fieldPath);
                } else if (properties.isObject() && !preserveUnknown && !additional.asBoolean(false)) {
                    found.add(fieldPath + ": unknown field");
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode schema, JsonNode value) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            return value.isIntegralNumber() || value.isTextual();
        }
        return switch (schema.path("type").asText("")) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
