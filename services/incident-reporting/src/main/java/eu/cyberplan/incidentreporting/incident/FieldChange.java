package eu.cyberplan.incidentreporting.incident;

import io.micronaut.serde.annotation.Serdeable;

/** One field of an incident as a new version changed it, the values as they read before and after. */
@Serdeable
public record FieldChange(String field, String from, String to) {
}
