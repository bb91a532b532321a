package eu.cyberplan.console.proxy;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forwards every {@code /api/v1/…} call, headers and body as they are, to the service that owns it. A read of an
 * incident this node does not hold (its incident-reporting answers 404) is asked of the other nodes' consoles with the
 * person's own token, and the node where it was found is remembered (DESIGN §11): the owning node decides what the
 * person may see of it.
 */
@Filter("/api/**")
public final class ApiProxy implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProxy.class);

    private final ProxyHttpClient client;
    private final ApiRoutes routes;
    private final OtherNodes otherNodes;
    private final IncidentHomes homes = new IncidentHomes();

    ApiProxy(ProxyHttpClient client, OtherNodes otherNodes,
             @Value("${cyberplan.console.contact-points-url}") URI contactPoints,
             @Value("${cyberplan.console.incident-reporting-url}") URI incidentReporting,
             @Value("${cyberplan.console.escalation-url}") URI escalation,
             @Value("${cyberplan.console.exercises-url}") URI exercises) {
        this.client = client;
        this.otherNodes = otherNodes;
        this.routes = new ApiRoutes(Map.of("contact-points", contactPoints, "incident-reporting", incidentReporting,
                "escalation", escalation, "exercises", exercises));
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        String named = request.getParameters().get("service");
        URI base = routes.baseUrlFor(path, named).orElse(null);
        if (base == null) {
            return Flux.just(problem(HttpStatus.NOT_FOUND, "No such API", "no CyberPlan service serves " + path));
        }
        String service = routes.serviceFor(path, named).orElseThrow();
        Optional<String> incident = IncidentHomes.routableRead(request);
        Optional<URI> home = incident.flatMap(homes::home);
        if (home.isPresent()) {
            return Flux.from(elsewhere(request, home.get())).switchIfEmpty(Flux.defer(() -> {
                homes.forget(incident.get());
                return withOtherNodes(request, incident.get(), forward(request, base, service));
            }));
        }
        Flux<MutableHttpResponse<?>> local = forward(request, base, service);
        return incident.isPresent() ? withOtherNodes(request, incident.get(), local) : local;
    }

    private Flux<MutableHttpResponse<?>> forward(HttpRequest<?> request, URI base, String service) {
        HttpRequest<?> forwarded = request.mutate()
                .uri(uri -> uri.scheme(base.getScheme()).host(base.getHost()).port(base.getPort()))
                .header("X-Forwarded-Host", request.getHeaders().get("Host", String.class).orElse(""));
        return Flux.from(client.proxy(forwarded)).onErrorResume(e -> {
            LOG.warn("{} did not answer {} {}: {}", service, request.getMethodName(), request.getPath(), e.toString());
            return Flux.just(problem(HttpStatus.BAD_GATEWAY, "Service unavailable",
                    service + " is not answering; try again in a moment"));
        });
    }

    /** The local answer, unless it is a 404: then the first other node that knows the incident answers instead. */
    private Flux<MutableHttpResponse<?>> withOtherNodes(HttpRequest<?> request, String incidentId, Flux<MutableHttpResponse<?>> local) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return local.concatMap(answer -> {
            if (answer.status() != HttpStatus.NOT_FOUND || authorization == null) {
                return Flux.just(answer);
            }
            return otherNodes.apis(authorization)
                    .onErrorResume(e -> {
                        LOG.warn("cannot list the other nodes to find incident {}: {}", incidentId, e.toString());
                        return Flux.empty();
                    })
                    .concatMap(api -> elsewhere(request, api).doOnNext(found -> homes.remember(incidentId, api)))
                    .next()
                    .flux()
                    .switchIfEmpty(Flux.just(answer));
        });
    }

    /**
     * The answer of another node's console to the same read, unless it does not know the incident, does not trust the
     * person's node (401: it cannot say whether it holds the incident) or does not answer.
     */
    private Flux<MutableHttpResponse<?>> elsewhere(HttpRequest<?> request, URI api) {
        // A new request, not the person's mutated: that one's (empty) body was claimed by the local try already.
        String query = request.getUri().getRawQuery();
        MutableHttpRequest<?> routed = HttpRequest.GET(URI.create(api.getScheme() + "://" + api.getRawAuthority()
                        + request.getUri().getRawPath() + (query == null ? "" : "?" + query)))
                .header(IncidentHomes.ROUTED, "1");
        for (String header : List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)) {
            request.getHeaders().get(header, String.class).ifPresent(value -> routed.header(header, value));
        }
        return Flux.from(client.proxy(routed))
                .filter(answer -> answer.status() != HttpStatus.NOT_FOUND && answer.status() != HttpStatus.UNAUTHORIZED)
                .onErrorResume(e -> {
                    LOG.warn("node at {} did not answer {}: {}", api, request.getPath(), e.toString());
                    return Flux.empty();
                });
    }

    private static MutableHttpResponse<?> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.status(status)
                .contentType(MediaType.of("application/problem+json"))
                .body(Map.of("type", "about:blank", "title", title, "status", status.getCode(), "detail", detail));
    }
}
