package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cyberplan.platform.problem.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code x_cyberplan_*} properties of one imported object, read by kind: absent is null (the field is optional),
 * present but of the wrong kind is an error naming its path, e.g. {@code objects[1].x_cyberplan_cross_border}.
 */
final class CustomProperties {

    private final JsonNode object;
    private final String at;
    private final List<FieldError> errors;

    CustomProperties(JsonNode object, String at, List<FieldError> errors) {
        this.object = object;
        this.at = at;
        this.errors = errors;
    }

    /** Records a refusal of property {@code name}. */
    void refuse(String name, String message) {
        errors.add(new FieldError(at + "." + StixIncidentObject.PREFIX + name, message));
    }

    JsonNode node(String name) {
        return object.path(StixIncidentObject.PREFIX + name);
    }

    String text(String name) {
        JsonNode value = object.get(StixIncidentObject.PREFIX + name);
        if (value != null && !value.isTextual()) {
            refuse(name, "must be a string");
            return null;
        }
        return value == null ? null : value.asText();
    }

    List<String> texts(String name) {
        JsonNode value = object.get(StixIncidentObject.PREFIX + name);
        if (value == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        value.forEach(v -> texts.add(v.textValue()));
        if (!value.isArray() || texts.contains(null)) {
            refuse(name, "must be a list of strings");
            return null;
        }
        return texts;
    }

    Boolean bool(String name) {
        JsonNode value = object.get(StixIncidentObject.PREFIX + name);
        if (value != null && !value.isBoolean()) {
            refuse(name, "must be true or false");
            return null;
        }
        return value == null ? null : value.booleanValue();
    }

    Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        Instant instant = StixValidation.instant(node(name));
        if (instant == null) {
            refuse(name, "must be a timestamp like 2026-03-14T09:30:00.000Z, not '" + value + "'");
        }
        return instant;
    }

    UUID uuid(String name) {
        String value = text(name);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            refuse(name, "must be a UUID");
            return null;
        }
    }
}
