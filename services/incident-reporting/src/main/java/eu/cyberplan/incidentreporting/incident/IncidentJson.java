package eu.cyberplan.incidentreporting.incident;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The jsonb columns of an incident (entity, impact, indicators, report bodies, version changes) to and from JSON. */
@Singleton
public class IncidentJson {

    private static final Argument<List<Indicator>> INDICATORS = Argument.listOf(Indicator.class);

    private final ObjectMapper json;

    public IncidentJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String text, Class<T> type) {
        return text == null ? null : read(text, Argument.of(type));
    }

    public List<Indicator> indicators(String text) {
        return text == null ? List.of() : read(text, INDICATORS);
    }

    public <T> List<T> readList(String text, Class<T> type) {
        return text == null ? List.of() : read(text, Argument.listOf(type));
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
