package eu.cyberplan.console.proxy;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.List;

/**
 * The other nodes' APIs, as this node's contact-points knows them from their heartbeats ({@code GET /api/v1/nodes},
 * asked with the person's own token): every node that says where its API is, but this one and the silent ones.
 */
@Singleton
class OtherNodes {

    private final HttpClient contactPoints;
    private final String ownApi;

    OtherNodes(@Client("${cyberplan.console.contact-points-url}") HttpClient contactPoints,
               @Value("${cyberplan.console.public-url:}") String ownApi) {
        this.contactPoints = contactPoints;
        this.ownApi = normalised(ownApi);
    }

    @Serdeable
    record Node(String nodeId, @Nullable String apiBaseUrl, boolean silent) {
    }

    @Serdeable
    record Nodes(List<Node> items) {
    }

    Flux<URI> apis(String authorization) {
        HttpRequest<?> request = HttpRequest.GET("/api/v1/nodes").header(HttpHeaders.AUTHORIZATION, authorization);
        return Flux.from(contactPoints.retrieve(request, Nodes.class))
                .flatMapIterable(Nodes::items)
                .filter(node -> !node.silent() && node.apiBaseUrl() != null && !node.apiBaseUrl().isBlank())
                .filter(node -> !normalised(node.apiBaseUrl()).equals(ownApi))
                .map(node -> URI.create(node.apiBaseUrl()));
    }

    private static String normalised(String url) {
        String trimmed = url == null ? "" : url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
