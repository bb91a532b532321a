package eu.cyberplan.platform.inbox;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record's headers as the JSON object kept beside a parked or quarantined record, and back. */
@Singleton
public class RecordHeaderText {

    private final ObjectMapper json;

    public RecordHeaderText(ObjectMapper json) {
        this.json = json;
    }

    public String json(Headers headers) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Header header : headers) {
            values.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RecordHeaders headers(String stored) {
        RecordHeaders headers = new RecordHeaders();
        try {
            Map<String, String> values = json.readValue(stored, Argument.mapOf(String.class, String.class));
            values.forEach((key, value) -> headers.add(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return headers;
    }

    /** The last value of a header as text, or null. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
