package eu.cyberplan.platform.api;

import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service's OpenAPI document, generated at build time, at {@code /swagger/<service>.yml} (anonymous, DESIGN §8).
 * The operations every service inherits from this module (the audit trail, parked events, this document) are generated
 * into a document of their own when this module is compiled; they are merged in here, so the document a service
 * serves lists every operation it answers.
 */
@Controller("/swagger")
@Secured(SecurityRule.IS_ANONYMOUS)
public class OpenApiController {

    private static final String GENERATED = "META-INF/swagger/%s-v1.yml";
    /** micronaut-openapi's name for a module without {@code @OpenAPIDefinition}: this one. */
    private static final String PLATFORM = "META-INF/swagger/service-1.0.0.yml";

    private final String service;
    private volatile byte[] document;

    public OpenApiController(@Value("${cyberplan.service}") String service) {
        this.service = service;
    }

    @Get(uri = "/{name}.yml", produces = "application/yaml")
    public HttpResponse<byte[]> document(@PathVariable String name) {
        if (!service.equals(name)) {
            throw ProblemException.notFound("this is " + service + "; its API is at /swagger/" + service + ".yml");
        }
        if (document == null) {
            document = merged();
        }
        return HttpResponse.ok(document);
    }

    @SuppressWarnings("unchecked")
    private byte[] merged() {
        Map<String, Object> own = load(GENERATED.formatted(service));
        if (own == null) {
            throw ProblemException.notFound("no OpenAPI document was generated for " + service);
        }
        Map<String, Object> platform = load(PLATFORM);
        if (platform != null) {
            merge(own, platform, "paths");
            Map<String, Object> components = (Map<String, Object>) own.computeIfAbsent("components", key -> new LinkedHashMap<>());
            Map<String, Object> platformComponents = (Map<String, Object>) platform.getOrDefault("components", Map.of());
            for (String kind : platformComponents.keySet()) {
                merge(components, platformComponents, kind);
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(own).getBytes(StandardCharsets.UTF_8);
    }

    /** Adds the entries of {@code from}'s section that {@code into}'s lacks; the service's own entries win. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> from, String section) {
        Map<String, Object> source = (Map<String, Object>) from.get(section);
        if (source != null) {
            Map<String, Object> target = (Map<String, Object>) into.computeIfAbsent(section, key -> new LinkedHashMap<>());
            source.forEach(target::putIfAbsent);
        }
    }

    private Map<String, Object> load(String resource) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new Yaml(new LoaderOptions()).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
