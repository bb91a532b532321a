package eu.cyberplan.platform.input;

import java.io.IOException;

/** A value of a request body the strict decoder refuses, with the JSON path of its field (an IOException, as decoders throw). */
final class InvalidBodyException extends IOException {

    private final String field;
    private final String reason;

    InvalidBodyException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
