package eu.cyberplan.platform.idempotency;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemResponses;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.serde.ObjectMapper;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Every POST may carry an {@code Idempotency-Key}: a repeat with the same key (same caller) gets the first response back
 * and changes nothing, so clients and the exercises service can retry safely. Keys are scoped to the caller.
 */
@Filter(methods = HttpMethod.POST, patterns = "/api/**")
public class IdempotencyFilter implements HttpServerFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotencyFilter(IdempotencyStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String key = request.getHeaders().get(HEADER);
        if (key == null) {
            return chain.proceed(request);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Mono.just(ProblemResponses.of(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters",
                    List.of(new FieldError(HEADER, "1 to " + MAX_KEY_LENGTH + " characters"))));
        }
        String principal = request.getUserPrincipal().map(Principal::getName).orElse("anonymous");
        String path = request.getPath();
        return Mono.fromCallable(() -> store.claim(principal, key, request.getMethodName(), path, clock.instant()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(first -> first.isPresent() ? Mono.just(replay(first.get(), path)) : handle(request, chain, principal, key));
    }

    private Mono<MutableHttpResponse<?>> handle(HttpRequest<?> request, ServerFilterChain chain, String principal, String key) {
        return Mono.from(chain.proceed(request))
                .flatMap(response -> Mono.fromCallable(() -> {
                    if (response.getStatus().getCode() >= 500) {
                        store.release(principal, key);
                    } else {
                        store.complete(principal, key, response.getStatus().getCode(), response.getHeaders().get("Location"),
                                response.getContentType().map(Object::toString).orElse(null), body(response));
                    }
                    return response;
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    private byte[] body(MutableHttpResponse<?> response) throws java.io.IOException {
        Optional<?> body = response.getBody();
        return body.isPresent() ? json.writeValueAsBytes(body.get()) : null;
    }

    private static MutableHttpResponse<?> replay(StoredResponse first, String path) {
        if (!first.path().equals(path)) {
            return ProblemResponses.of(HttpStatus.UNPROCESSABLE_ENTITY, "this Idempotency-Key was used for " + first.path(),
                    List.of(new FieldError(HEADER, "already used for another request")));
        }
        if (!first.complete()) {
            return ProblemResponses.of(HttpStatus.CONFLICT, "the first request with this Idempotency-Key is still being handled", List.of());
        }
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(first.status()));
        if (first.location() != null) {
            response.header("Location", first.location());
        }
        if (first.body() != null) {
            response.contentType(first.contentType() == null ? "application/json" : first.contentType()).body(first.body());
        }
        return response.header("Idempotent-Replayed", "true");
    }
}
