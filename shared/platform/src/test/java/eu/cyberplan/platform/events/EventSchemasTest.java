package eu.cyberplan.platform.events;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.CaseOpened;
import eu.cyberplan.events.v1.IncidentReported;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event record, as the outbox serialises it, is valid against the JSON Schema shipped with the contracts. */
class EventSchemasTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final UUID INCIDENT = UUID.randomUUID();
    private static final UUID ALERT = UUID.randomUUID();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("incident.reported.v1", new IncidentReported(INCIDENT, "EE-2026-000001", "EE", "Ransomware on grid operator",
                        "SCADA jump hosts encrypted", "HIGH", "AMBER", "AMBER", "malicious-code", "infected-system", List.of("LV", "LT"), true,
                        true, List.of("energy"), List.of(), NOW, NOW, "duty.ee", "REAL", null)),
                Arguments.of("incident.reported.v1", new IncidentReported(INCIDENT, "EE-2026-000002", "EE", null, null, "CRITICAL",
                        "RED", "RED", "intrusions", "system-compromise", List.of("LV"), true, true, List.of(), List.of("FI"), NOW, NOW,
                        "svc.exercises", "EXERCISE", UUID.randomUUID())),
                Arguments.of("alert.dispatched.v1", new AlertDispatched(ALERT, INCIDENT, "LV", "ALERT", "HIGH", "AMBER+STRICT", "REAL", null,
                        "Ransomware on grid operator", "TECHNICAL", "EE", NOW, NOW.plusSeconds(3600))),
                Arguments.of("alert.delivered.v1", new AlertDelivered(ALERT, INCIDENT, "LV", NOW, NOW.plusSeconds(3600), NOW.plusSeconds(1))),
                Arguments.of("alert.acknowledged.v1", new AlertAcknowledged(ALERT, INCIDENT, "LV", NOW, NOW.plusSeconds(3600), "ncp.lv",
                        NOW.plusSeconds(60), "on it")),
                Arguments.of("case.opened.v1", new CaseOpened(INCIDENT, "EE", "TECHNICAL", "HIGH", "AMBER", "REAL", null, 1,
                        List.of("LV", "LT"), NOW)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void shouldMatchItsPublishedSchema(String type, Object event) throws Exception {
        String json = new String(ObjectMapper.getDefault().writeValueAsBytes(event), StandardCharsets.UTF_8);
        Set<ValidationMessage> errors = schema(type).validate(json, com.networknt.schema.InputFormat.JSON);
        assertThat(errors).as(json).isEmpty();
    }

    @ParameterizedTest(name = "{0} refuses a broken event")
    @MethodSource("events")
    void shouldRefuseAnEventWithoutItsIds(String type, Object event) throws Exception {
        assertThat(schema(type).validate("{\"incidentId\": \"not-a-uuid\"}", com.networknt.schema.InputFormat.JSON)).isNotEmpty();
    }

    private static JsonSchema schema(String type) throws Exception {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream("schemas/" + type + ".json")) {
            assertThat(in).as("schemas/" + type + ".json").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                            builder -> builder.schemaMappers(m -> m.mapPrefix("https://cyberplan.eu/schemas/", "classpath:schemas/")))
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
