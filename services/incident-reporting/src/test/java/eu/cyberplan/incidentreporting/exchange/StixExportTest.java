package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.incidentreporting.incident.Indicator;
import eu.cyberplan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.SCHEMAS;
import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.incident;
import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An incident leaves as a STIX 2.1 bundle that the OASIS schemas accept, marked TLP 2.0 throughout. */
class StixExportTest {

    private final StixExport export = new StixExport();
    private final StixValidation validation = new StixValidation(SCHEMAS);

    @Test
    void shouldExportABundleEveryObjectOfWhichIsValidAgainstItsOwnSchema() {
        ObjectNode bundle = export.bundle(incident(), reports(), false);

        assertThat(validation.check(bundle)).isEmpty();
        assertThat(bundle.get("id").asText()).matches("bundle--[0-9a-f-]{36}");
        assertThat(types(bundle)).containsExactly("identity", "incident", "indicator", "relationship", "indicator", "relationship",
                "indicator", "relationship", "note", "note", "marking-definition");
    }

    @Test
    void shouldMarkEveryObjectWithTheTlp20AmberDefinition() {
        ObjectNode bundle = export.bundle(incident(), reports(), false);
        String amber = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

        JsonNode marking = last(bundle);
        assertThat(marking.get("id").asText()).isEqualTo(amber);
        assertThat(marking.get("name").asText()).isEqualTo("TLP:AMBER");
        assertThat(marking.get("created").asText()).isEqualTo("2022-10-01T00:00:00.000Z");
        assertThat(marking.at("/extensions/extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d/tlp_2_0").asText()).isEqualTo("amber");
        assertThat(SCHEMAS.tlp2().validate(marking)).isEmpty();
        for (JsonNode object : bundle.get("objects")) {
            if (!object.equals(marking)) {
                assertThat(object.get("object_marking_refs")).as(object.get("id").asText()).containsExactly(ExchangeSamples.tree("\"" + amber + "\""));
            }
        }
    }

    @Test
    void shouldNameTheReportingCsirtAsCreatorOfEveryObject() {
        ObjectNode bundle = export.bundle(incident(), reports(), false);
        JsonNode identity = bundle.get("objects").get(0);

        assertThat(identity.get("name").asText()).isEqualTo("CSIRT of EE");
        assertThat(identity.get("identity_class").asText()).isEqualTo("organization");
        bundle.get("objects").forEach(o -> {
            if (!o.equals(identity) && !"marking-definition".equals(o.get("type").asText())) {
                assertThat(o.get("created_by_ref").asText()).isEqualTo(identity.get("id").asText());
            }
        });
    }

    @Test
    void shouldDescribeTheIncidentWithMillisecondsAndItsClassification() {
        JsonNode sdo = export.bundle(incident(), reports(), false).get("objects").get(1);

        assertThat(sdo.get("id").asText()).isEqualTo("incident--" + ExchangeSamples.ID);
        assertThat(sdo.get("name").asText()).isEqualTo("Ransomware on grid operator");
        assertThat(sdo.get("created").asText()).isEqualTo("2026-03-14T09:30:00.123Z");
        assertThat(sdo.get("modified").asText()).isEqualTo("2026-03-15T12:00:00.000Z");
        assertThat(sdo.get("x_cyberplan_severity").asText()).isEqualTo("HIGH");
        assertThat(sdo.get("x_cyberplan_stage").asText()).isEqualTo("NOTIFICATION");
        assertThat(sdo.get("x_cyberplan_mode").asText()).isEqualTo("REAL");
        assertThat(sdo.get("labels")).extracting(JsonNode::asText).containsExactly("tlp:amber", "PAP:AMBER",
                "rsit:malicious-code=\"infected-system\"", "nis2:impact-sectors-impacted=\"energy\"");
        assertThat(sdo.has("severity")).as("core.json reserves 'severity'").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ipv4-addr             | 198.51.100.7        | [ipv4-addr:value = '198.51.100.7']",
            "ipv6-addr             | 2001:db8::1         | [ipv6-addr:value = '2001:db8::1']",
            "domain-name           | evil.example        | [domain-name:value = 'evil.example']",
            "url                   | http://x.example/'a\\b | [url:value = 'http://x.example/\\'a\\\\b']",
            "email-addr            | ceo@evil.example    | [email-addr:value = 'ceo@evil.example']",
            "file:hashes.'SHA-1'   | a94a8fe5ccb19ba61c4c0873d391e987982fbbd3 | [file:hashes.'SHA-1' = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3']",
            "file:hashes.MD5       | 098f6bcd4621d373cade4e832627b4f6 | [file:hashes.MD5 = '098f6bcd4621d373cade4e832627b4f6']"})
    void shouldWriteOneSimplePatternPerIndicatorKindWithQuotesAndBackslashesEscaped(String type, String value, String pattern) {
        Incident incident = incident(d -> d.indicators = List.of(new Indicator(type, value, null)));
        ObjectNode bundle = export.bundle(incident, List.of(), false);

        assertThat(bundle.get("objects").get(2).get("pattern").asText()).isEqualTo(pattern);
        assertThat(StixPatterns.read(pattern, null)).contains(new Indicator(type, value, null));
        assertThat(validation.check(bundle)).isEmpty();
    }

    @Test
    void shouldExportTheSameVersionToTheSameBundle() {
        assertThat(export.json(incident(), reports(), false)).isEqualTo(export.json(incident(), reports(), false));
    }

    @Test
    void shouldLeaveOutNamesOfTheEntityAndOfPeopleUnlessAskedFor() {
        String bare = export.json(incident(), reports(), false);
        String full = export.json(incident(), reports(), true);

        assertThat(bare).doesNotContain(ExchangeSamples.ENTITY_NAME, ExchangeSamples.DUTY_OFFICER, ExchangeSamples.NCP, "80000000");
        assertThat(bare).contains("\"entity_type\":\"OTHER\"");
        assertThat(full).contains(ExchangeSamples.ENTITY_NAME, ExchangeSamples.DUTY_OFFICER, ExchangeSamples.NCP);
        assertThat(validation.check(ExchangeSamples.tree(full))).isEmpty();
    }

    @Test
    void shouldExportAndValidateAnIncidentWith500Indicators() {
        ObjectNode bundle = export.bundle(incident(d -> d.indicators = ExchangeSamples.indicators(500)), reports(), false);

        assertThat(bundle.get("objects")).hasSize(1 + 1 + 500 * 2 + 2 + 1);
        assertThat(validation.check(bundle)).isEmpty();
    }

    @Test
    void shouldRefuseToExportAnAmberStrictIncident() {
        Incident strict = incident(d -> d.tlp = Tlp.AMBER_STRICT);

        assertThatThrownBy(() -> export.bundle(strict, reports(), false)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status().getCode()).isEqualTo(409));
    }

    @ParameterizedTest
    @EnumSource(value = Tlp.class, names = {"CLEAR", "GREEN", "RED"})
    void shouldMarkWithTheIncidentsOwnTlp(Tlp tlp) {
        ObjectNode bundle = export.bundle(incident(d -> {
            d.tlp = tlp;
            d.recipients = List.of("LV");
        }), reports(), false);

        assertThat(last(bundle).get("id").asText()).isEqualTo(TlpMarkings.id(tlp));
        assertThat(validation.check(bundle)).isEmpty();
    }

    @Test
    void shouldSayOnAnExerciseIncidentThatItIsADrill() {
        UUID exercise = UUID.randomUUID();
        JsonNode sdo = export.bundle(incident(d -> {
            d.mode = Mode.EXERCISE;
            d.exerciseId = exercise;
        }), List.of(), false).get("objects").get(1);

        assertThat(sdo.get("name").asText()).isEqualTo("EXERCISE EXERCISE EXERCISE: Ransomware on grid operator");
        assertThat(sdo.get("x_cyberplan_exercise_id").asText()).isEqualTo(exercise.toString());
    }

    private static List<String> types(JsonNode bundle) {
        List<String> types = new ArrayList<>();
        bundle.get("objects").forEach(o -> types.add(o.get("type").asText()));
        return types;
    }

    private static JsonNode last(JsonNode bundle) {
        return bundle.get("objects").get(bundle.get("objects").size() - 1);
    }
}
