package eu.cyberplan.exercises.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MselCsvTest {

    /** A stand-in JSON for one flat object of strings without quotes, commas or colons in them, enough for these cases. */
    private final MselCsv csv = new MselCsv(new MselCsv.JsonObjects() {
        @Override
        public Map<String, Object> read(String text) {
            if (!text.endsWith("}")) {
                throw new IllegalArgumentException("unexpected end of input");
            }
            Map<String, Object> object = new LinkedHashMap<>();
            for (String pair : text.substring(1, text.length() - 1).split(",")) {
                String[] kv = pair.split(":", 2);
                object.put(kv[0].trim().replace("\"", ""), kv[1].trim().replace("\"", ""));
            }
            return object;
        }

        @Override
        public String write(Map<String, Object> object) {
            return object.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
        }
    });

    /** The editor's export: written, read back and written again, an MSEL is the same text and the same injects. */
    @Test
    void shouldReadBackWhatItWritesToTheLetter() {
        List<ScenarioBody.Inject> injects = List.of(
                inject(0, "EE", "INCIDENT", "Wiper at grid operator, Tallinn", Map.of("severity", "CRITICAL"), "ACK LV WITHIN 15m"),
                inject(1800, "LV", "MESSAGE", "Press enquiry: \"is the grid down?\"", Map.of("text", "A journalist asks,\ntwice"), null),
                inject(1800, "LV", "MESSAGE", "Plain text payload", Map.of("text", "just words"), "a line\r\nand another"),
                inject(3600, "LT", "COMCHECK", "Comcheck", null, null),
                inject(3600, "LT", "MESSAGE", "Text that looks like JSON", Map.of("text", "{not json"), null),
                inject(7200, "LT", "MESSAGE", "Text with spaces at its ends", Map.of("text", "  padded  "), null));
        String written = csv.write(injects);
        MselCsv.Read read = csv.read(written);
        assertThat(read.errors()).isEmpty();
        assertThat(read.injects()).isEqualTo(injects);
        assertThat(csv.write(read.injects())).isEqualTo(written);
        assertThat(written).startsWith("offset,country,kind,title,payload,expected action\r\n0,EE,INCIDENT,\"Wiper at grid operator, Tallinn\",");
    }

    @Test
    void shouldWriteOnlyTheHeaderForNoInjects() {
        assertThat(csv.write(List.of())).isEqualTo("offset,country,kind,title,payload,expected action\r\n");
        assertThat(csv.read(csv.write(List.of())).injects()).isEmpty();
    }

    private static ScenarioBody.Inject inject(long offset, String country, String kind, String title, Map<String, Object> payload, String expected) {
        return new ScenarioBody.Inject(offset, country, kind, title, payload, expected, null);
    }

    @Test
    void shouldReadQuotedFieldsHeadersAndBothOffsetForms() {
        String msel = """
                offset,country,kind,title,payload,expected action
                0,EE,INCIDENT,\"Wiper at grid operator, Tallinn\",\"{\"\"severity\"\": \"\"CRITICAL\"\", \"\"tlp\"\": \"\"AMBER\"\"}\",ACK LV WITHIN 15m
                0:30:00,LV,MESSAGE,Press enquiry,\"A journalist asks:
                \"\"is the grid down?\"\"\",
                3600,LT,COMCHECK,Comcheck,,
                """;
        MselCsv.Read read = csv.read(msel);
        assertThat(read.errors()).isEmpty();
        assertThat(read.injects()).hasSize(3);
        ScenarioBody.Inject first = read.injects().get(0);
        assertThat(first.title()).isEqualTo("Wiper at grid operator, Tallinn");
        assertThat(first.payload()).containsEntry("severity", "CRITICAL").containsEntry("tlp", "AMBER");
        assertThat(first.expectedAction()).isEqualTo("ACK LV WITHIN 15m");
        ScenarioBody.Inject second = read.injects().get(1);
        assertThat(second.offsetSeconds()).isEqualTo(1800);
        assertThat(second.payload()).containsEntry("text", "A journalist asks:\n\"is the grid down?\"");
        assertThat(second.expectedAction()).isNull();
        assertThat(read.injects().get(2).payload()).isNull();
    }

    @Test
    void shouldNameTheLineOfEachMistake() {
        MselCsv.Read read = csv.read("0,EE,INCIDENT,Fine\nsoon,LV,MESSAGE,When?\n60,LV\n120,LT,MESSAGE,Bad payload,{\"a\": \"b\"\n");
        assertThat(read.errors()).extracting(e -> e.field() + " " + e.message()).containsExactly(
                "msel line 2: offset 'soon' is not a number of seconds or H:MM:SS",
                "msel line 3 expected the columns offset, country, kind, title, payload, expected action; found 2",
                "msel line 4: payload not a JSON object: unexpected end of input");
        assertThat(read.injects()).hasSize(1);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"0000", "0007", "001B", "007F"})
    void shouldRefuseAControlCharacterAnywhere(String hex) {
        String control = String.valueOf((char) Integer.parseInt(hex, 16));
        MselCsv.Read read = csv.read("0,EE,MESSAGE,Title,\"multi\nline " + control + " payload\"\n");
        assertThat(read.errors()).extracting(e -> e.field()).containsExactly("msel");
        assertThat(read.injects()).isEmpty();
        assertThat(csv.read("0,EE,MESSAGE,Title,\"multi\nline\tpayload\"\n").errors()).isEmpty();
    }

    @Test
    void shouldReportAQuoteLeftOpen() {
        assertThat(csv.read("0,EE,INCIDENT,\"Never closed\n").errors()).extracting(e -> e.message()).contains("a quoted field is not closed");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(value = {"0|0", "90|90", "1:30|90", "01:00:00|3600", "-5|-5", "-0:30|null", "1:2:3:4|null", "x|null"}, delimiter = '|', nullValues = "null")
    void shouldReadOffsets(String text, Long seconds) {
        assertThat(MselCsv.offset(text)).isEqualTo(seconds);
    }
}
