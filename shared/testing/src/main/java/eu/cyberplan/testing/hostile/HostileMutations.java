package eu.cyberplan.testing.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Hostile requests for jqwik: every field of a valid body (nested ones and list elements too) replaced by a value of
 * the wrong JSON type, a huge string or list, a string with control characters, an extreme number, or left out; the
 * body as a whole broken (trailing data, truncated, not JSON, nested too deep); every query parameter replaced by an
 * extreme, malformed or control-character value.
 */
public final class HostileMutations {

    private static final List<String> PAGING = List.of("page", "size");

    private HostileMutations() {
    }

    /** Hostile requests spread over {@code operations}, each mutation equally likely for every operation. */
    public static Arbitrary<HostileRequest> of(List<Operation> operations) {
        return Arbitraries.of(operations).flatMap(HostileMutations::of);
    }

    /** Hostile requests of one operation. */
    public static Arbitrary<HostileRequest> of(Operation operation) {
        List<Arbitrary<HostileRequest>> kinds = new ArrayList<>();
        if (operation.hasBody()) {
            kinds.add(bodyFields(operation));
            kinds.add(wholeBodies(operation));
        }
        if (!operation.query().isEmpty() || !operation.hasBody()) {
            kinds.add(queryParameters(operation));
        }
        return Arbitraries.oneOf(kinds);
    }

    private static Arbitrary<HostileRequest> bodyFields(Operation operation) {
        List<List<Object>> paths = JsonTree.paths(operation.body());
        return Arbitraries.of(paths).flatMap(path -> values(JsonTree.at(operation.body(), path)).map(value -> {
            String json = JsonText.of(JsonTree.replaced(operation.body(), path, value.get2()));
            return new HostileRequest(operation, HostileRequest.Target.BODY_FIELD, JsonTree.name(path), value.get1(),
                    withQuery(operation, operation.query()), json);
        }));
    }

    /** A replacement value with a word on what it is. */
    static Arbitrary<Tuple.Tuple2<String, Object>> values(Object original) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(wrongTypes())),
                Tuple.of(4, controlStrings()),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40).map(s -> Tuple.of("any characters", (Object) s))),
                Tuple.of(2, Arbitraries.integers().between(257, 120_000).map(n -> Tuple.of("string of " + n, (Object) "A".repeat(n)))),
                Tuple.of(2, Arbitraries.integers().between(21, 20_000).map(n -> Tuple.of("list of " + n,
                        (Object) Collections.nCopies(n, original instanceof List<?> l && !l.isEmpty() ? l.get(0) : "x")))),
                Tuple.of(2, Arbitraries.just(Tuple.of("left out", JsonTree.ABSENT))));
    }

    private static List<Tuple.Tuple2<String, Object>> wrongTypes() {
        List<Tuple.Tuple2<String, Object>> values = new ArrayList<>();
        for (Object value : new Object[]{12345, 0, -1, 2147483648L, new BigInteger("123456789012345678901234567890"), 1.5, 1e308, -1e308,
                true, false, "", "12345", "true", "x", " ", Map.of(), List.of(), List.of("x"), List.of(1, 2), Map.of("a", 1)}) {
            values.add(Tuple.of(value instanceof String ? "string '" + value + "'" : "JSON " + JsonText.of(value), value));
        }
        values.add(Tuple.of("null", null));
        return values;
    }

    private static Arbitrary<Tuple.Tuple2<String, Object>> controlStrings() {
        return Arbitraries.chars().range('\u0000', '\u001f').with('\u007f', '\u0085', '\u009b')
                .map(c -> Tuple.of("control U+" + String.format("%04X", (int) c), (Object) ("a" + c + "b")));
    }

    private static Arbitrary<HostileRequest> wholeBodies(Operation operation) {
        String valid = JsonText.of(operation.body());
        Arbitrary<Tuple.Tuple2<String, String>> broken = Arbitraries.oneOf(
                Arbitraries.of(" x", "}", " {}", "]", ",", " true", "\u0000", "{", "\"").map(tail -> Tuple.of("trailing " + tail, valid + tail)),
                Arbitraries.integers().between(0, Math.max(0, valid.length() - 1)).map(n -> Tuple.of("cut at " + n, valid.substring(0, n))),
                Arbitraries.of("", "null", "[]", "\"text\"", "12", "true", "{}", "{\"a\":}", "abc", "\u0000")
                        .map(body -> Tuple.of("body " + body, body)),
                Arbitraries.integers().between(33, 3_000).map(n -> Tuple.of("nested " + n, "[".repeat(n) + "]".repeat(n))),
                Arbitraries.strings().all().ofMaxLength(80).map(s -> Tuple.of("random text", s)));
        return broken.map(b -> new HostileRequest(operation, HostileRequest.Target.BODY_WHOLE, "body", b.get1(),
                withQuery(operation, operation.query()), b.get2()));
    }

    private static Arbitrary<HostileRequest> queryParameters(Operation operation) {
        List<String> names = new ArrayList<>(operation.query().keySet());
        PAGING.stream().filter(p -> !names.contains(p)).forEach(names::add);
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("-1", "0", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "1e3", "1.5", "abc", "",
                        "%", "true", "null", "1970-01-01T00:00:00Z", "12345", "+999999999-12-31T23:59:59Z", "x".repeat(300)),
                Arbitraries.chars().range('\u0000', '\u001f').map(c -> "a" + c),
                Arbitraries.strings().all().ofMaxLength(30));
        return Arbitraries.of(names).flatMap(name -> value.map(v -> {
            Map<String, String> query = new LinkedHashMap<>(operation.query());
            query.put(name, v);
            return new HostileRequest(operation, HostileRequest.Target.QUERY, name, "'" + v + "'", withQuery(operation, query),
                    operation.hasBody() ? JsonText.of(operation.body()) : null);
        }));
    }

    static String withQuery(Operation operation, Map<String, String> query) {
        if (query.isEmpty()) {
            return operation.path();
        }
        StringJoiner joined = new StringJoiner("&", operation.path() + (operation.path().contains("?") ? "&" : "?"), "");
        query.forEach((k, v) -> joined.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
