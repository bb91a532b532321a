package eu.cyberplan.console.proxy;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import java.util.Map;

/** Forwards every {@code /api/v1/…} call, headers and body as they are, to the service that owns it. */
@Filter("/api/**")
public final class ApiProxy implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProxy.class);

    private final ProxyHttpClient client;
    private final ApiRoutes routes;

    ApiProxy(ProxyHttpClient client,
             @Value("${cyberplan.console.contact-points-url}") URI contactPoints,
             @Value("${cyberplan.console.incident-reporting-url}") URI incidentReporting,
             @Value("${cyberplan.console.escalation-url}") URI escalation,
             @Value("${cyberplan.console.exercises-url}") URI exercises) {
        this.client = client;
        this.routes = new ApiRoutes(Map.of("contact-points", contactPoints, "incident-reporting", incidentReporting,
                "escalation", escalation, "exercises", exercises));
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String path = request.getPath();
        URI base = routes.baseUrlFor(path).orElse(null);
        if (base == null) {
            return Flux.just(problem(HttpStatus.NOT_FOUND, "No such API", "no CyberPlan service serves " + path));
        }
        String service = routes.serviceFor(path).orElseThrow();
        HttpRequest<?> forwarded = request.mutate()
                .uri(uri -> uri.scheme(base.getScheme()).host(base.getHost()).port(base.getPort()))
                .header("X-Forwarded-Host", request.getHeaders().get("Host", String.class).orElse(""));
        return Flux.from(client.proxy(forwarded)).onErrorResume(e -> {
            LOG.warn("{} did not answer {} {}: {}", service, request.getMethodName(), path, e.toString());
            return Flux.just(problem(HttpStatus.BAD_GATEWAY, "Service unavailable",
                    service + " is not answering; try again in a moment"));
        });
    }

    private static MutableHttpResponse<?> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.status(status)
                .contentType(MediaType.of("application/problem+json"))
                .body(Map.of("type", "about:blank", "title", title, "status", status.getCode(), "detail", detail));
    }
}
