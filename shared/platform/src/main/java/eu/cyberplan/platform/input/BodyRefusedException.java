package eu.cyberplan.platform.input;

import eu.cyberplan.platform.problem.FieldError;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.codec.CodecException;

import java.util.List;

/**
 * A request body refused while it was read: 400 when it is not one JSON value (syntax, trailing data), 422 naming the
 * field when a value has the wrong JSON type or holds a control character (DESIGN §9).
 */
public final class BodyRefusedException extends CodecException {

    private final HttpStatus status;
    private final List<FieldError> errors;

    BodyRefusedException(HttpStatus status, String detail, List<FieldError> errors, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static BodyRefusedException unparseable(String detail, Throwable cause) {
        return new BodyRefusedException(HttpStatus.BAD_REQUEST, detail, List.of(), cause);
    }

    static BodyRefusedException invalid(String field, String message, Throwable cause) {
        return new BodyRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, field + ": " + message, List.of(new FieldError(field, message)), cause);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
