package eu.cyberplan.platform.api;

import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The service's OpenAPI document, generated at build time, at {@code /swagger/<service>.yml} (anonymous, DESIGN §8). */
@Controller("/swagger")
@Secured(SecurityRule.IS_ANONYMOUS)
public class OpenApiController {

    private static final String GENERATED = "META-INF/swagger/%s-v1.yml";

    private final String service;

    public OpenApiController(@Value("${cyberplan.service}") String service) {
        this.service = service;
    }

    @Get(uri = "/{name}.yml", produces = "application/yaml")
    public HttpResponse<byte[]> document(@PathVariable String name) {
        if (!service.equals(name)) {
            throw ProblemException.notFound("this is " + service + "; its API is at /swagger/" + service + ".yml");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GENERATED.formatted(service))) {
            if (in == null) {
                throw ProblemException.notFound("no OpenAPI document was generated for " + service);
            }
            return HttpResponse.ok(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
