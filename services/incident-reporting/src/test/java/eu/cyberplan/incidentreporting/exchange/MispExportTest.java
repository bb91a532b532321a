package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.incidentreporting.incident.Indicator;
import eu.cyberplan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.UUID;

import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An incident leaves as a MISP event in the core format: strings for numbers, exact machine tags. */
class MispExportTest {

    /** The MISP core format draft-20 schema (draft-04), as copied into cyberplan-events. */
    static final JsonSchema DRAFT_20 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(SchemaLocation.of("classpath:reference/misp-core/schema-core-format-draft20.json"));

    private final MispExport export = new MispExport();

    @Test
    void shouldExportAnEventValidAgainstTheDraft20Schema() {
        ObjectNode event = export.event(incident());

        assertThat(DRAFT_20.validate(event)).isEmpty();
        JsonNode e = event.get("Event");
        assertThat(e.get("uuid").asText()).isEqualTo(ExchangeSamples.ID.toString());
        assertThat(e.get("info").asText()).isEqualTo("Ransomware on grid operator (EE-2026-000042)");
        assertThat(e.get("date").asText()).isEqualTo("2026-03-14");
        assertThat(e.get("timestamp").asText()).isEqualTo(Long.toString(ExchangeSamples.UPDATED.getEpochSecond()));
        assertThat(e.get("published").asBoolean()).isFalse();
        assertThat(e.get("Orgc").get("name").asText()).isEqualTo("CSIRT of EE");
    }

    @Test
    void shouldWriteEveryNumberAsAString() {
        JsonNode e = export.event(incident()).get("Event");

        for (String field : List.of("threat_level_id", "analysis", "distribution", "timestamp")) {
            assertThat(e.get(field).isTextual()).as(field).isTrue();
        }
        assertThat(e.get("Attribute").get(0).get("distribution").isTextual()).isTrue();
        assertThat(e.get("Attribute").get(0).get("to_ids").isBoolean()).isTrue();
    }

    @Test
    void shouldTagTheEventWithExactlyItsMachineTags() {
        JsonNode tags = export.event(incident()).get("Event").get("Tag");

        assertThat(tags).extracting(t -> t.get("name").asText()).containsExactly("tlp:amber", "PAP:AMBER",
                "rsit:malicious-code=\"infected-system\"", "nis2:impact-sectors-impacted=\"energy\"");
    }

    @Test
    void shouldMapEachIndicatorToItsAttribute() {
        JsonNode attributes = export.event(incident()).get("Event").get("Attribute");

        assertThat(attributes).extracting(a -> a.get("type").asText() + "|" + a.get("category").asText() + "|" + a.get("value").asText())
                .containsExactly("ip-dst|Network activity|198.51.100.23", "domain|Network activity|update-check.example",
                        "sha256|Payload delivery|" + ExchangeSamples.SHA256);
        assertThat(attributes.get(0).get("comment").asText()).isEqualTo("C2 address");
        assertThat(UUID.fromString(attributes.get(0).get("uuid").asText()).version()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"ipv4-addr, ip-dst", "ipv6-addr, ip-dst", "domain-name, domain", "url, url", "email-addr, email-src",
            "file:hashes.'SHA-256', sha256", "file:hashes.'SHA-1', sha1", "file:hashes.MD5, md5"})
    void shouldUseTheMispAttributeTypeOfEachIndicatorKind(String kind, String mispType) {
        ObjectNode event = export.event(incident(d -> d.indicators = List.of(new Indicator(kind, "x", null))));

        assertThat(event.get("Event").get("Attribute").get(0).get("type").asText()).isEqualTo(mispType);
        assertThat(DRAFT_20.validate(event)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"CLEAR, 3", "GREEN, 1", "AMBER, 0", "RED, 0"})
    void shouldLimitDistributionByTlp(Tlp tlp, String distribution) {
        JsonNode e = export.event(incident(d -> d.tlp = tlp)).get("Event");

        assertThat(e.get("distribution").asText()).isEqualTo(distribution);
        assertThat(e.get("Tag").get(0).get("name").asText()).isEqualTo("tlp:" + tlp.label().toLowerCase());
    }

    @ParameterizedTest
    @CsvSource({"CRITICAL, 1", "HIGH, 1", "MEDIUM, 2", "LOW, 3"})
    void shouldSetTheThreatLevelFromTheSeverity(Severity severity, String level) {
        assertThat(export.event(incident(d -> d.severity = severity)).get("Event").get("threat_level_id").asText()).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"EARLY_WARNING, OPEN, 0", "NOTIFICATION, OPEN, 1", "PROGRESS, OPEN, 1", "FINAL, OPEN, 2", "NOTIFICATION, CLOSED, 2",
            "EARLY_WARNING, RETRACTED, 2"})
    void shouldSetTheAnalysisFromStageAndStatus(String stage, String status, String analysis) {
        Incident incident = incident(d -> {
            d.stage = stage;
            d.status = status;
        });

        assertThat(export.event(incident).get("Event").get("analysis").asText()).isEqualTo(analysis);
    }

    @Test
    void shouldExportAndValidateAnEventWith500Attributes() {
        ObjectNode event = export.event(incident(d -> d.indicators = ExchangeSamples.indicators(500)));

        assertThat(event.get("Event").get("Attribute")).hasSize(500);
        assertThat(DRAFT_20.validate(event)).isEmpty();
    }

    @Test
    void shouldWriteNoPersonalData() {
        assertThat(export.json(incident())).doesNotContain(ExchangeSamples.ENTITY_NAME, ExchangeSamples.DUTY_OFFICER);
    }

    @Test
    void shouldSayOnAnExerciseEventThatItIsADrill() {
        JsonNode e = export.event(incident(d -> d.mode = Mode.EXERCISE)).get("Event");

        assertThat(e.get("info").asText()).startsWith("EXERCISE EXERCISE EXERCISE: ");
        assertThat(e.get("Tag")).extracting(t -> t.get("name").asText()).contains("cyberplan:mode=\"exercise\"");
    }

    @Test
    void shouldRefuseToExportAnAmberStrictIncident() {
        assertThatThrownBy(() -> export.event(incident(d -> d.tlp = Tlp.AMBER_STRICT))).isInstanceOf(ProblemException.class);
    }
}
