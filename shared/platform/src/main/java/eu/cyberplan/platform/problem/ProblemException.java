package eu.cyberplan.platform.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A domain refusal that becomes a problem+json response with its status, detail and field errors. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldError> errors;

    public ProblemException(HttpStatus status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    /** 422: one or more fields hold values the domain does not accept. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, detailOf(errors), errors);
    }

    /** One line naming every invalid field: {@code tlp: must be …; affectedCountries[1]: unknown …}. */
    static String detailOf(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid request");
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
