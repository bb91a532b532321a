package eu.cyberplan.platform.problem;

import io.micronaut.serde.annotation.Serdeable;

/** One invalid field of a request: its JSON name (a path like {@code entity.sector}) and what is wrong. */
@Serdeable
public record FieldError(String field, String message) {
}
