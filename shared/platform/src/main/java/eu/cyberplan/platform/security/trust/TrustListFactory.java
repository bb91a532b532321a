package eu.cyberplan.platform.security.trust;

import eu.cyberplan.platform.node.NodeIdentity;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Builds the node's trust list: its own issuer for its own countries first, then the entries of the trust file. */
@Factory
class TrustListFactory {

    @Singleton
    TrustList trustList(TrustSettings settings, NodeIdentity node, JsonMapper json,
                        @Value("${micronaut.server.port:8081}") int port) {
        List<TrustEntry> entries = new ArrayList<>();
        entries.add(new TrustEntry(node.id(), ownCountries(settings.countries()), settings.issuer(), ownJwks(settings.jwksUrl(), port), null, null));
        if (settings.file() != null && !settings.file().isBlank()) {
            entries.addAll(read(Path.of(settings.file()), json));
        }
        return new TrustList(entries);
    }

    /**
     * Where the node's own keys are published. Unset, it is this service itself (contact-points publishes {@code /keys}
     * on whatever CYBERPLAN_PORT it was given); the other services of a node name contact-points' URL.
     */
    static String ownJwks(String configured, int port) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (port <= 0) {
            throw new IllegalStateException("CYBERPLAN_JWKS_URL must name this node's JWKS when the port is chosen at random");
        }
        return "http://127.0.0.1:" + port + "/keys";
    }

    static List<String> ownCountries(String configured) {
        List<String> listed = configured == null ? List.of() : Arrays.stream(configured.split(","))
                .map(String::trim).filter(code -> !code.isEmpty()).map(code -> code.toUpperCase(Locale.ROOT)).toList();
        // A node serving every country (the single-node demo) issues tokens for observers too, not only members and EU.
        return listed.isEmpty() ? List.of(TrustEntry.ANY_COUNTRY) : listed;
    }

    private static List<TrustEntry> read(Path file, JsonMapper json) {
        try {
            return json.readValue(Files.readAllBytes(file), Argument.listOf(TrustEntry.class));
        } catch (IOException e) {
            // A node that cannot read whom it trusts must not start trusting nobody, or everybody, silently.
            throw new UncheckedIOException("cannot read the trust list " + file, e);
        }
    }
}
