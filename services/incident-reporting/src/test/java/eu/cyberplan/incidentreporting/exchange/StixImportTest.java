package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.EarlyWarning;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.JSON;
import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.SCHEMAS;
import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.incident;
import static eu.cyberplan.incidentreporting.exchange.ExchangeSamples.reports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A STIX 2.1 bundle comes in as an early warning, or is refused with the path of every fault. */
class StixImportTest {

    static final StixImport IMPORT = new StixImport(SCHEMAS, ExchangeSamples.taxonomies());
    private final StixExport export = new StixExport();

    @Test
    void shouldImportItsOwnExportAsItWas() {
        Incident incident = incident();
        EarlyWarning warning = IMPORT.read(bytes(export.bundle(incident, reports(), false)));

        assertThat(warning.title()).isEqualTo(incident.title());
        assertThat(warning.summary()).isEqualTo(incident.summary());
        assertThat(warning.awareAt()).isEqualTo(incident.awareAt());
        assertThat(warning.severity()).isEqualTo("HIGH");
        assertThat(List.of(warning.rsitClass(), warning.rsitType())).containsExactly("malicious-code", "infected-system");
        assertThat(List.of(warning.tlp(), warning.pap())).containsExactly("AMBER", "AMBER");
        assertThat(warning.indicators()).containsExactlyInAnyOrderElementsOf(incident.indicators());
        assertThat(warning.affectedCountries()).containsExactly("LV", "LT");
        assertThat(warning.sectors()).containsExactly("energy");
        assertThat(warning.crossBorder()).isTrue();
        assertThat(warning.impact().affectedUsers()).isEqualTo(incident.impact().affectedUsers());
        assertThat(warning.impact().financialLossEur()).isEqualByComparingTo(incident.impact().financialLossEur());
        assertThat(warning.entity().sector()).isEqualTo("energy");
        assertThat(warning.entity().name()).as("left out of the export").isNull();
        assertThat(warning.reporterCountry()).as("the importer files for its own country").isNull();
        assertThat(warning.mode()).isEqualTo("REAL");
    }

    @ParameterizedTest
    @EnumSource(value = Tlp.class, names = {"CLEAR", "GREEN", "AMBER", "RED"})
    void shouldKeepTheTlpThroughARoundTrip(Tlp tlp) {
        Incident incident = incident(d -> {
            d.tlp = tlp;
            d.recipients = List.of("LV");
        });

        assertThat(IMPORT.read(bytes(export.bundle(incident, List.of(), false))).tlp()).isEqualTo(tlp.label());
    }

    @Test
    void shouldKeepAnExerciseAnExerciseWithItsBareTitle() {
        UUID exercise = UUID.randomUUID();
        EarlyWarning warning = IMPORT.read(bytes(export.bundle(incident(d -> {
            d.mode = Mode.EXERCISE;
            d.exerciseId = exercise;
        }), List.of(), false)));

        assertThat(warning.title()).isEqualTo("Ransomware on grid operator");
        assertThat(warning.mode()).as("the filing rules then decide whether the caller may file a drill").isEqualTo("EXERCISE");
        assertThat(warning.exerciseId()).isEqualTo(exercise);
    }

    @Test
    void shouldTakeTlpFromTheMarkingAndDefaultsForTheRestOfAForeignBundle() {
        EarlyWarning warning = IMPORT.read(foreign(incident -> incident.putArray("object_marking_refs")
                .add("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb")));

        assertThat(warning.title()).isEqualTo("Phishing wave");
        assertThat(warning.summary()).isEmpty();
        assertThat(warning.awareAt()).isEqualTo(Instant.parse("2026-02-01T08:00:00Z"));
        assertThat(warning.severity()).isEqualTo("MEDIUM");
        assertThat(List.of(warning.rsitClass(), warning.rsitType())).containsExactly("other", "other");
        assertThat(List.of(warning.tlp(), warning.pap())).containsExactly("GREEN", "GREEN");
        assertThat(warning.indicators()).extracting(i -> i.type() + " " + i.value()).containsExactly("url http://phish.example/a'b");
    }

    @Test
    void shouldReadAnUnmarkedIncidentAsAmberAndRsitFromItsMachineTag() {
        EarlyWarning warning = IMPORT.read(foreign(incident -> incident.putArray("labels").add("rsit:fraud=\"phishing\"").add("PAP:GREEN")));

        assertThat(List.of(warning.tlp(), warning.pap())).containsExactly("AMBER", "GREEN");
        assertThat(List.of(warning.rsitClass(), warning.rsitType())).containsExactly("fraud", "phishing");
    }

    @Test
    void shouldTakeTheMostRestrictiveOfSeveralMarkings() {
        EarlyWarning warning = IMPORT.read(foreign(incident -> incident.putArray("object_marking_refs")
                .add("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb").add("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1")));

        assertThat(warning.tlp()).isEqualTo("RED");
    }

    static Stream<Arguments> brokenBundles() {
        return Stream.of(
                Arguments.of("an object without type", (Consumer<ObjectNode>) b -> object(b, 2).remove("type"), "objects[2].type"),
                Arguments.of("a bad incident id", (Consumer<ObjectNode>) b -> object(b, 1).put("id", "incident--not-a-uuid"), "objects[1].id"),
                Arguments.of("a bad bundle id", (Consumer<ObjectNode>) b -> b.put("id", "bundle--42"), "id"),
                Arguments.of("a timestamp without milliseconds", (Consumer<ObjectNode>) b -> object(b, 1).put("created", "2026-03-14T09:30:00Z"),
                        "objects[1].created"),
                Arguments.of("a timestamp that is no date", (Consumer<ObjectNode>) b -> object(b, 2).put("valid_from", "yesterday"),
                        "objects[2].valid_from"),
                Arguments.of("an incident without name", (Consumer<ObjectNode>) b -> object(b, 1).remove("name"), "objects[1].name"),
                Arguments.of("modified before created", (Consumer<ObjectNode>) b -> object(b, 1).put("modified", "2020-01-01T00:00:00.000Z"),
                        "objects[1].modified"),
                Arguments.of("two incidents", (Consumer<ObjectNode>) b -> objects(b).add(object(b, 1).deepCopy()
                        .put("id", "incident--0d6f4d3e-8d9b-4e43-9a36-2f3a5a1f7b10")), "objects"),
                Arguments.of("no incident", (Consumer<ObjectNode>) b -> objects(b).remove(1), "objects"),
                Arguments.of("no objects at all", (Consumer<ObjectNode>) b -> b.remove("objects"), "objects"),
                Arguments.of("a pattern of two comparisons", (Consumer<ObjectNode>) b -> object(b, 2)
                        .put("pattern", "[ipv4-addr:value = '198.51.100.23' AND domain-name:value = 'x.example']"), "objects[2].pattern"),
                Arguments.of("an observable CyberPlan does not keep", (Consumer<ObjectNode>) b -> object(b, 2)
                        .put("pattern", "[mac-addr:value = 'aa:bb:cc:dd:ee:ff']"), "objects[2].pattern"),
                Arguments.of("a Sigma rule", (Consumer<ObjectNode>) b -> object(b, 2).put("pattern_type", "sigma"), "objects[2].pattern_type"),
                Arguments.of("an unknown severity", (Consumer<ObjectNode>) b -> object(b, 1).put("x_cyberplan_severity", "SEVERE"),
                        "objects[1].x_cyberplan_severity"),
                Arguments.of("a flag that is not a boolean", (Consumer<ObjectNode>) b -> object(b, 1).put("x_cyberplan_cross_border", "yes"),
                        "objects[1].x_cyberplan_cross_border"),
                Arguments.of("an awareness that is no timestamp", (Consumer<ObjectNode>) b -> object(b, 1).put("x_cyberplan_aware_at", "monday"),
                        "objects[1].x_cyberplan_aware_at"),
                Arguments.of("a TLP 1.0 label", (Consumer<ObjectNode>) b -> object(b, 1).put("x_cyberplan_tlp", "WHITE"), "objects[1].x_cyberplan_tlp"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBundles")
    void shouldRefuseABrokenBundleNamingThePath(String what, Consumer<ObjectNode> breakIt, String field) {
        ObjectNode bundle = export.bundle(incident(), reports(), false);
        breakIt.accept(bundle);

        ProblemException refusal = catchThrowableOfType(() -> IMPORT.read(bytes(bundle)), ProblemException.class);

        assertThat(refusal).as(what).isNotNull();
        assertThat(refusal.status().getCode()).isEqualTo(422);
        assertThat(refusal.errors()).extracting(FieldError::field).as(refusal.getMessage()).contains(field);
        assertThat(refusal.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void shouldAnswer400ToABodyThatIsNotJson() {
        ProblemException refusal = catchThrowableOfType(() -> IMPORT.read("{\"type\": \"bundle\",".getBytes(StandardCharsets.UTF_8)),
                ProblemException.class);

        assertThat(refusal.status().getCode()).isEqualTo(400);
    }

    /** A bundle from another tool: an incident with a name and one URL indicator, nothing of CyberPlan's own. */
    private static byte[] foreign(Consumer<ObjectNode> onIncident) {
        ObjectNode bundle = JSON.createObjectNode().put("type", "bundle").put("id", "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d");
        ObjectNode incident = bundle.putArray("objects").addObject().put("type", "incident").put("spec_version", "2.1")
                .put("id", "incident--8e2e2d2b-17d4-4cbd-938a-86b2b1a4f7c9").put("created", "2026-02-01T08:00:00.000Z")
                .put("modified", "2026-02-01T08:00:00.000Z").put("name", "Phishing wave");
        onIncident.accept(incident);
        objects(bundle).addObject().put("type", "indicator").put("spec_version", "2.1").put("id", "indicator--26ffb872-1dd9-446e-b6f5-d58527e5b5d2")
                .put("created", "2026-02-01T08:00:00.000Z").put("modified", "2026-02-01T08:00:00.000Z")
                .put("pattern", "[url:value = 'http://phish.example/a\\'b']").put("pattern_type", "stix").put("valid_from", "2026-02-01T08:00:00Z");
        return bytes(bundle);
    }

    static ArrayNode objects(ObjectNode bundle) {
        return (ArrayNode) bundle.get("objects");
    }

    static ObjectNode object(ObjectNode bundle, int index) {
        return (ObjectNode) bundle.get("objects").get(index);
    }

    static byte[] bytes(ObjectNode bundle) {
        return bundle.toString().getBytes(StandardCharsets.UTF_8);
    }
}
