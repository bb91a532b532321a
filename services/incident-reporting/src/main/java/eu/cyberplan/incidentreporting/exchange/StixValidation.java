package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import eu.cyberplan.platform.problem.FieldError;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a STIX 2.1 bundle the way {@code ../shared/tools/validate-stix.sh} does: the envelope against
 * {@code bundle.json}, each object against its own type's schema (custom types against the common properties), TLP
 * 2.0 markings against their extension, and what the schemas cannot say ({@code modified} not before {@code created},
 * no two objects with the same id and version). Each failure is named by its path, e.g. {@code objects[2].pattern}.
 */
final class StixValidation {

    /** Enough to fix a bundle by; a bundle of 10,000 broken objects would otherwise make a 10,000-line answer. */
    static final int MAX_ERRORS = 100;

    private final StixSchemas schemas;

    StixValidation(StixSchemas schemas) {
        this.schemas = schemas;
    }

    List<FieldError> check(JsonNode bundle) {
        Set<FieldError> errors = new LinkedHashSet<>();
        if (!bundle.isObject()) {
            return List.of(new FieldError("bundle", "a STIX bundle is a JSON object"));
        }
        report("", schemas.envelope().validate(bundle), errors);
        JsonNode objects = bundle.path("objects");
        Set<String> versions = new HashSet<>();
        for (int i = 0; objects.isArray() && i < objects.size() && errors.size() <= MAX_ERRORS; i++) {
            JsonNode object = objects.get(i);
            String at = "objects[" + i + "]";
            if (!object.isObject()) {
                continue; // the envelope said so already
            }
            if (!object.path("type").isTextual()) {
                errors.add(new FieldError(at + ".type", "required: the STIX type of the object"));
                continue;
            }
            String type = object.get("type").asText();
            JsonSchema schema = schemas.forType(type).orElseGet(() -> schemas.common(!object.has("created")));
            report(at, schema.validate(object), errors);
            if ("marking-definition".equals(type) && object.path("extensions").has(TlpMarkings.EXTENSION)
                    && !schemas.tlp2().validate(object).isEmpty()) {
                // The extension schema is a oneOf of five definitions: its messages would list every one; say what is wrong once.
                errors.add(new FieldError(at, tlp2Mismatch(object)));
            }
            checkTimes(at, object, errors);
            if (object.path("id").isTextual() && !versions.add(object.get("id").asText() + " " + object.path("modified").asText())) {
                errors.add(new FieldError(at + ".id", "another object has the same id and modified: one of them is not what it claims"));
            }
        }
        List<FieldError> list = new ArrayList<>(errors);
        if (list.size() > MAX_ERRORS) {
            list = new ArrayList<>(list.subList(0, MAX_ERRORS));
            list.add(new FieldError("objects", "more errors not listed; fix these first"));
        }
        return list;
    }

    private static void report(String prefix, Set<ValidationMessage> messages, Set<FieldError> errors) {
        messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()).thenComparing(ValidationMessage::getMessage))
                .forEach(m -> errors.add(new FieldError(field(prefix, m), message(m))));
    }

    /** The failing value's path; for a missing property, the property's own path. */
    static String field(String prefix, ValidationMessage message) {
        StringBuilder field = new StringBuilder(prefix);
        JsonNodePath location = message.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            field.append(field.isEmpty() ? "" : ".").append(message.getProperty());
        }
        return field.isEmpty() ? "bundle" : field.toString();
    }

    /** The validator's message without its leading location, which the field already gives. */
    private static String message(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString();
        return text.startsWith(location + ": ") ? text.substring(location.length() + 2) : text;
    }

    private static String tlp2Mismatch(JsonNode marking) {
        return TlpMarkings.of(marking.path("id").asText())
                .map(tlp -> "is not the TLP 2.0 marking " + TlpMarkings.id(tlp) + " as published: name 'TLP:" + tlp.label() + "', extensions."
                        + TlpMarkings.EXTENSION + " {extension_type 'property-extension', tlp_2_0 '" + tlp.label().toLowerCase(Locale.ROOT) + "'}")
                .orElse("carries the TLP 2.0 extension but its id is none of the five TLP 2.0 marking-definition ids");
    }

    private static void checkTimes(String at, JsonNode object, Set<FieldError> errors) {
        Instant created = instant(object.get("created"));
        Instant modified = instant(object.get("modified"));
        if (created != null && modified != null && modified.isBefore(created)) {
            errors.add(new FieldError(at + ".modified", "is before created (" + object.get("created").asText() + ")"));
        }
    }

    /** A timestamp the schema accepted; null when absent or not one Java reads (the schema reports the bad ones). */
    static Instant instant(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
