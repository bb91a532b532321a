package eu.cyberplan.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON body read as a tree, so a test asserts the fields it means rather than substrings of the text: a value in
 * another field, another order or another spacing neither passes nor fails it by accident.
 */
public final class TestJson {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private TestJson() {
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    /** The value at a path of field names and list indexes, as text ({@code at(body, "counts", "recipients")} → "2"); null when absent. */
    public static String at(String body, Object... path) {
        JsonNode node = parse(body);
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node.coerceStringValue();
    }

    /** A field of every element of a list, as text ({@code each(body, "alerts", "acknowledgedBy")}); absent ones left out. */
    public static List<String> each(String body, String list, String field) {
        JsonNode items = parse(body).get(list);
        List<String> values = new ArrayList<>();
        if (items != null) {
            for (JsonNode item : items.values()) {
                JsonNode value = item.get(field);
                if (value != null && !value.isNull()) {
                    values.add(value.coerceStringValue());
                }
            }
        }
        return values;
    }

    /** The fields a problem+json body names in its {@code errors}. */
    public static List<String> errorFields(String body) {
        return each(body, "errors", "field");
    }
}
