package eu.cyberplan.e2e;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The operations a running service declares in its OpenAPI document ({@code /swagger/<service>.yml}). */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Operation(String service, String method, String path, Map<String, String> parameterTypes) {

        String key() {
            return service + " " + method + " " + path;
        }
    }

    private OpenApiOperations() {
    }

    @SuppressWarnings("unchecked")
    static List<Operation> of(HttpClient http, String service, String baseUrl) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/swagger/" + service + ".yml"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(service + " serves no OpenAPI document: " + response.statusCode());
        }
        Map<String, Object> document = new Yaml(new LoaderOptions()).load(response.body());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, definition) -> {
            if (METHODS.contains(method)) {
                operations.add(new Operation(service, method.toUpperCase(Locale.ROOT), path,
                        parameterTypes((Map<String, Object>) definition)));
            }
        }));
        return operations;
    }

    /** Path parameter name → its schema type ({@code uuid}, {@code integer}, {@code string}). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> parameterTypes(Map<String, Object> definition) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) definition.getOrDefault("parameters", List.of());
        Map<String, String> types = new java.util.HashMap<>();
        for (Map<String, Object> parameter : parameters) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
            String type = "uuid".equals(schema.get("format")) ? "uuid" : String.valueOf(schema.getOrDefault("type", "string"));
            types.put(String.valueOf(parameter.get("name")), type);
        }
        return types;
    }
}
