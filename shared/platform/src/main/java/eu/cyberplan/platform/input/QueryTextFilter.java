package eu.cyberplan.platform.input;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same text rule as for bodies, for what arrives outside the body: query parameters (names and values), the
 * path and the Idempotency-Key header hold no control character (a NUL there reached PostgreSQL and answered 500).
 * One filter for every endpoint; it runs after security, so a caller without a token still gets 401 first.
 */
@Filter("/api/**")
public class QueryTextFilter implements HttpServerFilter {

    /** Query parameters and path segments are codes, ids, instants and filters: short, one line. */
    static final int MAX_PARAMETER_LENGTH = 200;
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        List<FieldError> errors = refusals(request);
        if (errors.isEmpty()) {
            return chain.proceed(request);
        }
        return Mono.just(ProblemResponses.of(HttpStatus.UNPROCESSABLE_ENTITY,
                errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElseThrow(), errors));
    }

    static List<FieldError> refusals(HttpRequest<?> request) {
        List<FieldError> errors = new ArrayList<>();
        check("path", request.getPath(), Integer.MAX_VALUE, errors);
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            check(parameter.getKey(), parameter.getKey(), MAX_PARAMETER_LENGTH, errors);
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value, MAX_PARAMETER_LENGTH, errors);
            }
        }
        String key = request.getHeaders().get(IDEMPOTENCY_KEY);
        if (key != null) {
            check(IDEMPOTENCY_KEY, key, Integer.MAX_VALUE, errors);
        }
        return errors;
    }

    private static void check(String field, String text, int maxLength, List<FieldError> errors) {
        Optional<String> refusal = TextRule.singleLine(text);
        if (refusal.isPresent()) {
            errors.add(new FieldError(field, refusal.get()));
        } else if (text.length() > maxLength) {
            errors.add(new FieldError(field, "must have at most " + maxLength + " characters"));
        }
    }
}
