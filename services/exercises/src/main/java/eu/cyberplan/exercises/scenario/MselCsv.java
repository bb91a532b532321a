package eu.cyberplan.exercises.scenario;

import eu.cyberplan.platform.input.TextRule;
import eu.cyberplan.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a master scenario events list as CSV (RFC 4180: fields in double quotes may hold commas, line breaks
 * and doubled quotes) with the columns offset, country, kind, title, payload, expected action; a first line naming the
 * columns is skipped. The offset is seconds from T0 or {@code H:MM:SS}; the payload is a JSON object, or plain text
 * (kept as {@code {"text": …}}). A line that cannot be read is an error naming its line number.
 *
 * <p>What {@link #write} writes, {@link #read} reads back to the same injects, and writing those again gives the same
 * text: the console's editor exports and imports through these two, so an MSEL survives any number of round trips.
 * The CSV has no column for an inject's ref nor for the scenario's own expectations: the JSON keeps those.
 */
public final class MselCsv {

    public static final List<String> COLUMNS = List.of("offset", "country", "kind", "title", "payload", "expected action");

    private static final String LINE_END = "\r\n";

    /** The JSON of a payload: {@link #read} parses an object (throwing on anything else), {@link #write} writes one on one line. */
    public interface JsonObjects {
        Map<String, Object> read(String text);

        String write(Map<String, Object> object);
    }

    private final JsonObjects json;

    public MselCsv(JsonObjects json) {
        this.json = json;
    }

    /** The injects and the mistakes found (each field named {@code msel line N: column}). */
    public record Read(List<ScenarioBody.Inject> injects, List<FieldError> errors) {
    }

    public Read read(String csv) {
        List<ScenarioBody.Inject> injects = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        // A CSV body is text, not JSON, so the strict reader never saw it: the same text rule, on the whole of it.
        var control = TextRule.multiLine(csv);
        if (control.isPresent()) {
            return new Read(injects, List.of(new FieldError("msel", control.get())));
        }
        List<Row> rows = rows(csv, errors);
        for (Row row : rows) {
            List<String> f = row.fields();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (row.line() == rows.get(0).line() && f.get(0).trim().equalsIgnoreCase("offset")) {
                continue;
            }
            String at = "msel line " + row.line() + ": ";
            if (f.size() < 4 || f.size() > COLUMNS.size()) {
                errors.add(new FieldError("msel line " + row.line(), "expected the columns " + String.join(", ", COLUMNS) + "; found " + f.size()));
                continue;
            }
            Long offset = offset(f.get(0).trim());
            if (offset == null) {
                errors.add(new FieldError(at + "offset", "'" + f.get(0) + "' is not a number of seconds or H:MM:SS"));
                continue;
            }
            Map<String, Object> payload = null;
            String payloadText = f.size() > 4 ? f.get(4).trim() : "";
            if (!payloadText.isEmpty()) {
                if (payloadText.startsWith("{")) {
                    try {
                        payload = json.read(payloadText);
                    } catch (RuntimeException e) {
                        errors.add(new FieldError(at + "payload", "not a JSON object: " + e.getMessage()));
                        continue;
                    }
                } else {
                    payload = Map.of("text", payloadText);
                }
            }
            String expected = f.size() > 5 && !f.get(5).isBlank() ? f.get(5).trim() : null;
            injects.add(new ScenarioBody.Inject(offset, f.get(1).trim(), f.get(2).trim(), f.get(3).trim(), payload, expected, null));
        }
        return new Read(injects, errors);
    }

    /** The injects as CSV with the header line, CRLF line ends, a field quoted only where it must be. */
    public String write(List<ScenarioBody.Inject> injects) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append(LINE_END);
        for (ScenarioBody.Inject inject : injects) {
            out.append(inject.offsetSeconds() == null ? "" : inject.offsetSeconds()).append(',')
                    .append(field(inject.country())).append(',')
                    .append(field(inject.kind())).append(',')
                    .append(field(inject.title())).append(',')
                    .append(field(payloadText(inject.payload()))).append(',')
                    .append(field(inject.expectedAction())).append(LINE_END);
        }
        return out.toString();
    }

    /** A payload that is only a text is written as that text (which {@link #read} keeps as {@code {"text": …}}). */
    private String payloadText(Map<String, Object> payload) {
        if (payload == null || payload.isEmpty()) {
            return null;
        }
        if (payload.size() == 1 && payload.get("text") instanceof String text && !text.isBlank()
                && !text.strip().startsWith("{") && text.equals(text.strip())) {
            return text;
        }
        return json.write(payload);
    }

    /** Quoted when it holds a comma, a quote or a line break ({@link #read} trims every field, quoted or not). */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    static Long offset(String text) {
        try {
            if (text.contains(":")) {
                String[] parts = text.split(":");
                long seconds = 0;
                for (String part : parts) {
                    if (part.isEmpty() || part.startsWith("-") || part.startsWith("+")) {
                        return null;
                    }
                    seconds = seconds * 60 + Long.parseLong(part);
                }
                return parts.length <= 3 ? seconds : null;
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Row(int line, List<String> fields) {
    }

    /** Splits the text into records of fields, following quotes across line breaks. */
    private static List<Row> rows(String csv, List<FieldError> errors) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new Row(rowLine, fields));
                fields = new ArrayList<>();
                field.setLength(0);
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            errors.add(new FieldError("msel line " + rowLine, "a quoted field is not closed"));
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, fields));
        }
        return rows;
    }
}
