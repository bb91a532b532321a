package eu.cyberplan.contactpoints.login;

import eu.cyberplan.platform.problem.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refused login as problem+json: the usual members plus what the client needs to act on. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class LoginRefusalHandler implements ExceptionHandler<LoginRefusal, HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, LoginRefusal refusal) {
        Problem problem = Problem.of(refusal.status().getCode(), refusal.status().getReason(), refusal.getMessage(), List.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("errors", List.of());
        body.putAll(refusal.members());
        MutableHttpResponse<Map<String, Object>> response = HttpResponse.<Map<String, Object>>status(refusal.status())
                .contentType(Problem.MEDIA_TYPE).body(body);
        if (refusal.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfter().toSeconds()));
        }
        return response;
    }
}
