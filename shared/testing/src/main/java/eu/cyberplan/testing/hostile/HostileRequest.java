package eu.cyberplan.testing.hostile;

/**
 * One hostile request derived from an {@link Operation}: {@code target} is the body field or query parameter that was
 * mutated ({@code shifts[0].start}, {@code page}), or {@code body} when the body as a whole was; {@code json} is the
 * body as sent (null for none).
 */
public record HostileRequest(Operation operation, Target target, String field, String mutation, String pathAndQuery, String json) {

    /** What was mutated. */
    public enum Target { BODY_FIELD, BODY_WHOLE, QUERY }

    @Override
    public String toString() {
        String shown = json == null ? "" : json.length() > 300 ? json.substring(0, 300) + "…(" + json.length() + " chars)" : json;
        return operation.name() + " [" + target + " " + field + ": " + mutation + "] " + operation.method() + " " + abbreviate(pathAndQuery) + " " + shown;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
