package eu.cyberplan.platform.input;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.Problem;
import eu.cyberplan.platform.problem.ProblemResponses;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * An argument that could not be bound: the body the strict reader refused (400 not JSON, 422 naming the field), or
 * a query parameter of the wrong form ({@code ?page=abc}: 400 naming {@code page}). Micronaut wraps the reader's
 * refusal in a {@link ConversionErrorException}; its own handler would answer every one of them 400 without a field.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ConversionErrorHandler.class)
public class BodyRefusedHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        // Micronaut may hand on the reader's exception or only its cause (serde's wrapper of the decoder's refusal):
        // look for either, from the exception itself and from its ConversionError.
        for (Throwable start : new Throwable[]{exception, exception.getConversionError().getCause()}) {
            for (Throwable t = start; t != null; t = t.getCause()) {
                if (t instanceof BodyRefusedException refused) {
                    return ProblemResponses.of(refused.status(), refused.getMessage(), refused.errors());
                }
                if (t instanceof InvalidBodyException invalid) {
                    return ProblemResponses.of(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage(),
                            List.of(new FieldError(invalid.field(), invalid.reason())));
                }
            }
        }
        String name = exception.getArgument().getName();
        String message = "has the wrong form for " + exception.getArgument().getType().getSimpleName();
        return ProblemResponses.of(HttpStatus.BAD_REQUEST, name + ": " + message, List.of(new FieldError(name, message)));
    }

    /** The refusal when it is not wrapped (a client or a test reading a body through the same reader). */
    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    public static class Direct implements ExceptionHandler<BodyRefusedException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, BodyRefusedException exception) {
            return ProblemResponses.of(exception.status(), exception.getMessage(), exception.errors());
        }
    }
}
