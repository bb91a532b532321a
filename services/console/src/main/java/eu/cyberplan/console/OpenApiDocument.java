package eu.cyberplan.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;

/** The console's own OpenAPI document (its reference lists), generated at build time, at {@code /swagger/console.yml}. */
@Controller("/swagger")
@Hidden
public final class OpenApiDocument {

    @Get("/console.yml")
    @Produces("application/yaml")
    public HttpResponse<byte[]> document() throws IOException {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream("META-INF/swagger/console-v1.yml")) {
            return in == null ? HttpResponse.notFound() : HttpResponse.ok(in.readAllBytes());
        }
    }
}
