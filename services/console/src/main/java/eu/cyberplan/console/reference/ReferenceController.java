package eu.cyberplan.console.reference;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The MISP taxonomies the forms offer (RSIT classes and types, nis2 sectors, TLP, PAP), exactly as copied from the
 * reference files, so the page offers what the services accept and nothing retyped.
 */
@Controller("/reference")
public final class ReferenceController {

    private static final Map<String, String> FILES = Map.of(
            "rsit", "reference/misp-taxonomies/rsit/machinetag.json",
            "nis2", "reference/misp-taxonomies/nis2/machinetag.json",
            "tlp", "reference/misp-taxonomies/tlp/machinetag.json",
            "pap", "reference/misp-taxonomies/PAP/machinetag.json");

    @Get("/{taxonomy}")
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> taxonomy(@PathVariable String taxonomy) {
        String file = FILES.get(taxonomy);
        if (file == null) {
            return HttpResponse.<byte[]>notFound().contentType(MediaType.of("application/problem+json"))
                    .body(("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no taxonomy '"
                            + taxonomy.replaceAll("[^a-zA-Z0-9-]", "") + "'; known: " + String.join(", ", FILES.keySet()) + "\"}").getBytes());
        }
        try (InputStream in = ReferenceController.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the class path");
            }
            return HttpResponse.ok(in.readAllBytes()).header("Cache-Control", "max-age=3600");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
