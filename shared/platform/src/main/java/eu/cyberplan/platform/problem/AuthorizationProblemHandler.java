package eu.cyberplan.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** 401 for a missing, malformed or expired token; 403 for a caller whose role does not allow the call. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ProblemResponses.of(HttpStatus.FORBIDDEN, "your role does not allow " + request.getMethodName() + " " + request.getPath(), List.of());
        }
        return ProblemResponses.of(HttpStatus.UNAUTHORIZED, "a valid bearer token is required (missing, malformed or expired)", List.of())
                .header("WWW-Authenticate", "Bearer");
    }
}
