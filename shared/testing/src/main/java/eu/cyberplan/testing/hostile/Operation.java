package eu.cyberplan.testing.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One operation of a service's API as a legitimate client calls it: method, path, token, a valid body (a tree of
 * maps, lists, strings, numbers and booleans) and valid query parameters. The hostile requests are mutations of it.
 * {@code witnessPath}, when set, is a GET whose answer a refused request must leave exactly as it was.
 */
public record Operation(String name, String method, String path, String authorization, Object body, Map<String, String> query,
                        String witnessPath) {

    /** A GET (or other body-less call) with its valid query parameters. */
    public static Operation query(String name, String path, String authorization, Map<String, String> query) {
        return new Operation(name, "GET", path, authorization, null, new LinkedHashMap<>(query), null);
    }

    /** A POST, PUT or PATCH with its valid body. */
    public static Operation write(String name, String method, String path, String authorization, Object body) {
        return new Operation(name, method, path, authorization, body, Map.of(), null);
    }

    /** The same operation, with a GET that shows the state a refused request must not change. */
    public Operation witnessedBy(String getPath) {
        return new Operation(name, method, path, authorization, body, query, getPath);
    }

    public boolean hasBody() {
        return body != null;
    }
}
