package eu.cyberplan.platform.input;

import io.micronaut.json.tree.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The strict reading of one JSON value as the type a record asks for: the JSON type as written, no coercion, and
 * the text rule on every string (free-form trees included). Each refusal names the field.
 */
final class JsonValues {

    private JsonValues() {
    }

    static String string(JsonNode node, boolean nullable, String field) throws InvalidBodyException {
        if (node.isNull() && nullable) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidBodyException(field, "must be a JSON string, not " + kind(node));
        }
        String text = node.getStringValue();
        text(text, field);
        return text;
    }

    static char character(JsonNode node, String field) throws InvalidBodyException {
        String text = string(node, false, field);
        if (text.length() != 1) {
            throw new InvalidBodyException(field, "must be a single character");
        }
        return text.charAt(0);
    }

    static boolean bool(JsonNode node, String field) throws InvalidBodyException {
        if (!node.isBoolean()) {
            throw new InvalidBodyException(field, "must be true or false, not " + kind(node));
        }
        return node.getBooleanValue();
    }

    static JsonNode number(JsonNode node, String field) throws InvalidBodyException {
        if (!node.isNumber()) {
            throw new InvalidBodyException(field, "must be a JSON number, not " + kind(node));
        }
        return node;
    }

    /** A whole number within [min, max]: 1.5 is no count, and 2^63 no long. */
    static long whole(JsonNode node, long min, long max, String field) throws InvalidBodyException {
        BigDecimal exact = new BigDecimal(number(node, field).getNumberValue().toString());
        if (exact.stripTrailingZeros().scale() > 0 || exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidBodyException(field, "must be a whole number from " + min + " to " + max);
        }
        return exact.longValueExact();
    }

    static double finite(JsonNode node, String field) throws InvalidBodyException {
        double value = number(node, field).getDoubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidBodyException(field, "must be a finite number");
        }
        return value;
    }

    static String kind(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isNumber() ? "a number" : "an object or list";
    }

    /** Every string of a free-form tree, keys included. */
    static void tree(JsonNode node, String at) throws InvalidBodyException {
        if (node.isString()) {
            text(node.getStringValue(), at);
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode value : node.values()) {
                tree(value, at + "[" + i++ + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                text(entry.getKey(), at);
                tree(entry.getValue(), at + "." + entry.getKey());
            }
        }
    }

    /** The same for a tree already bound to maps and lists. */
    static void arbitrary(Object value, String at) throws InvalidBodyException {
        if (value instanceof String text) {
            text(text, at);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                arbitrary(list.get(i), at + "[" + i + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                arbitrary(String.valueOf(entry.getKey()), at);
                arbitrary(entry.getValue(), at + "." + entry.getKey());
            }
        }
    }

    /** Control characters are refused in every string; whether a line break belongs is the field's own rule (SingleLine). */
    static void text(String text, String at) throws InvalidBodyException {
        var refusal = TextRule.multiLine(text);
        if (refusal.isPresent()) {
            throw new InvalidBodyException(at, refusal.get());
        }
    }
}
