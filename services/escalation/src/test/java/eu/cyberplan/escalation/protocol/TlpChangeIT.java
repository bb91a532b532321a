package eu.cyberplan.escalation.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A TLP change is a protocol event, against real PostgreSQL and Kafka: tightening to RED recalls the countries no longer
 * named and takes them out of the case, so a later level raise alerts nobody beyond the named; loosening alerts the
 * countries routing now reaches; what each reader sees of the case, its situation reports and assistance requests follows
 * the marking.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlpChangeIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TITLE = "Ransomware on grid operator";
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String PLANNER = TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER");
    private static final String AUDITOR = TestTokens.bearer("auditor", "EU", "AUDITOR");
    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");
    private static final String NCP_LV = TestTokens.bearer("ncp.lv", "LV", "NCP");
    private static final String NCP_LT = TestTokens.bearer("ncp.lt", "LT", "NCP");
    private static final String OWNER_LT = TestTokens.bearer("owner.lt", "LT", "PLAN_OWNER");
    private static final String DUTY_FR = TestTokens.bearer("duty.fr", "FR", "DUTY_OFFICER");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        return service.properties();
    }

    @Test
    void shouldRecallLithuaniaAndAlertOnlyLatviaWhenTlpTightensToRedNamingLatvia() throws Exception {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    reported(incident, "AMBER", TITLE, "[]", "REAL"));
            await().atMost(PATIENCE).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 2);
            assertThat(api().get("/api/v1/cases/" + incident, NCP_LT).statusCode()).isEqualTo(200);

            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_UPDATED,
                    updated(incident, "RED", null, "[\"LV\"]", "AMBER", "[]", "REAL"));
            JsonNode recall = first(alerts, EventTypes.ALERT_RECALLED, incident);
            assertThat(recall.path("country").asText()).isEqualTo("LT");
            assertThat(recall.path("accessWithdrawn").asBoolean()).isTrue();
            assertThat(recall.path("reason").asText()).contains("TLP:RED").doesNotContain(TITLE);
            await().atMost(PATIENCE).until(() -> caseOf(incident, COORDINATOR).path("tlp").asText().equals("RED"));

            assertForbiddenNamingNothing(api().get("/api/v1/cases/" + incident, NCP_LT));
            assertThat(caseIds(NCP_LT)).doesNotContain(incident.toString());
            assertThat(caseIds(NCP_LV)).contains(incident.toString());
            JsonNode forLatvia = caseOf(incident, NCP_LV);
            assertThat(forLatvia.path("disclosure").asText()).isEqualTo("CONTENT");
            assertThat(forLatvia.path("counts").path("recipients").asInt()).as("LT no longer counted").isEqualTo(1);
            JsonNode forCoordinator = caseOf(incident, COORDINATOR);
            assertThat(forCoordinator.path("disclosure").asText()).as("EU not named").isEqualTo("EXISTENCE");
            assertThat(forCoordinator.path("title").isNull()).isTrue();

            HttpResponse<String> raised = api().post("/api/v1/cases/" + incident + "/level", COORDINATOR,
                    "{\"level\":\"OPERATIONAL\",\"reason\":\"spreading\"}");
            assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
            JsonNode levelChanged = first(protocol, EventTypes.CRISIS_LEVEL_CHANGED, incident);
            assertThat(levelChanged.path("newRecipients")).as("RED: never beyond the named recipients").isEmpty();
            assertThat(mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident)).hasSize(2);
            List<ConsumerRecord<String, byte[]>> sinceTightening = mine(alerts.records(), incident).stream()
                    .filter(r -> !EventTypes.ALERT_DISPATCHED.equals(TopicReader.header(r, "ce_type"))).toList();
            assertThat(sinceTightening).isNotEmpty().allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(TITLE));
            assertThat(mine(protocol.records(), incident)).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(TITLE));
        }
    }

    @Test
    void shouldAlertTheAffectedCountriesWhenRedLoosensToAmberStrictAndShowContentOnlyToItsReaders() throws Exception {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    reported(incident, "RED", null, "[\"LV\"]", "REAL"));
            await().atMost(PATIENCE).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 1);
            assertForbiddenNamingNothing(api().get("/api/v1/cases/" + incident, NCP_LT));

            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_UPDATED,
                    updated(incident, "AMBER+STRICT", TITLE, "[]", "RED", "[\"LV\"]", "REAL"));
            await().atMost(PATIENCE).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 2);
            JsonNode toLithuania = payload(mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).get(1));
            assertThat(toLithuania.path("country").asText()).isEqualTo("LT");
            assertThat(toLithuania.path("tlp").asText()).isEqualTo("AMBER+STRICT");
            assertThat(mine(alerts.ofType(EventTypes.ALERT_RECALLED), incident)).as("nobody loses access").isEmpty();

            assertThat(caseOf(incident, NCP_LT).path("title").asText()).isEqualTo(TITLE);
            assertThat(caseOf(incident, NCP_LT).path("tlp").asText()).isEqualTo("AMBER+STRICT");
            for (String reader : List.of(OWNER_LT, COORDINATOR, PLANNER, AUDITOR)) {
                JsonNode seen = caseOf(incident, reader);
                assertThat(seen.path("disclosure").asText()).isEqualTo("EXISTENCE");
                assertThat(seen.path("title").isNull()).isTrue();
                assertThat(seen.path("counts").path("recipients").asInt()).isEqualTo(2);
            }
            assertForbiddenNamingNothing(api().get("/api/v1/cases/" + incident, DUTY_FR));
            JsonNode listed = listedCase(PLANNER, incident);
            assertThat(listed.path("title").isNull()).as("the case list redacts as the case does").isTrue();

            String path = "/api/v1/cases/" + incident + "/situation-reports";
            HttpResponse<String> published = api().post(path, DUTY_EE, """
                    {"impactSeverity":"red","impactOutlook":"worsening","affectedCountries":["LV","LT"],"sectors":["energy"],
                     "rootCause":"malicious-actions","text":"grid operators isolating SCADA"}""");
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            assertThat(JSON.readTree(api().get(path, NCP_LT).body()).get(0).path("text").asText()).isEqualTo("grid operators isolating SCADA");
            for (String reader : List.of(COORDINATOR, PLANNER, AUDITOR)) {
                HttpResponse<String> reports = api().get(path, reader);
                assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
                assertThat(JSON.readTree(reports.body()).get(0).path("text").isNull()).as("sitrep text of AMBER+STRICT").isTrue();
            }

            String requests = "/api/v1/cases/" + incident + "/assistance-requests";
            HttpResponse<String> asked = api().post(requests, NCP_LT, "{\"kind\":\"FORENSICS\",\"needs\":\"memory images of 3 SCADA hosts\"}");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
            assertThat(JSON.readTree(api().get(requests, DUTY_EE).body()).get(0).path("needs").asText()).isEqualTo("memory images of 3 SCADA hosts");
            for (String reader : List.of(COORDINATOR, PLANNER)) {
                JsonNode request = JSON.readTree(api().get(requests, reader).body()).get(0);
                assertThat(request.path("kind").asText()).isEqualTo("FORENSICS");
                assertThat(request.path("needs").isNull()).as("what is needed is the incident's content").isTrue();
            }

            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_ESCALATION_REQUESTED, """
                    {"incidentId":"%s","reference":"EE-2026-000007","reporterCountry":"EE","reason":"attacker inside the TSO","requestedBy":"duty.ee",
                     "requestedAt":"%s","severity":"HIGH","tlp":"AMBER+STRICT","mode":"REAL"}""".formatted(incident, Instant.now()));
            JsonNode notice = first(protocol, EventTypes.COORDINATOR_NOTIFIED, incident);
            assertThat(notice.path("text").asText()).as("the EU inbox is not named under AMBER+STRICT")
                    .contains("duty.ee").doesNotContain("attacker inside the TSO");
        }
    }

    @Test
    void shouldWithdrawAnExerciseCountryOnTheExerciseTopicsToo() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID exercise = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher(); TopicReader alerts = service.reader("alerts.v1.exercise")) {
            publisher.publish(service.topic("incidents.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    reported(incident, "AMBER", TITLE, "[]", "EXERCISE").replace("\"mode\":\"EXERCISE\"",
                            "\"mode\":\"EXERCISE\",\"exerciseId\":\"" + exercise + "\""), exercise);
            await().atMost(PATIENCE).until(() -> mine(alerts.ofType(EventTypes.ALERT_DISPATCHED), incident).size() == 2);
            publisher.publish(service.topic("incidents.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_UPDATED,
                    updated(incident, "RED", null, "[\"LV\"]", "AMBER", "[]", "EXERCISE").replace("\"mode\":\"EXERCISE\"",
                            "\"mode\":\"EXERCISE\",\"exerciseId\":\"" + exercise + "\""), exercise);
            JsonNode recall = first(alerts, EventTypes.ALERT_RECALLED, incident);
            assertThat(recall.path("country").asText()).isEqualTo("LT");
            assertThat(recall.path("mode").asText()).isEqualTo("EXERCISE");
            assertThat(recall.path("accessWithdrawn").asBoolean()).isTrue();
        }
    }

    private static String reported(UUID incident, String tlp, String title, String recipients, String mode) {
        Instant now = Instant.now();
        return """
                {"incidentId":"%s","reference":"EE-2026-000007","reporterCountry":"EE","title":%s,
                 "severity":"HIGH","tlp":"%s","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system",
                 "affectedCountries":["LV","LT"],"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"recipients":%s,
                 "awareAt":"%s","reportedAt":"%s","reportedBy":"duty.ee","mode":"%s","significant":false}"""
                .formatted(incident, quoted(title), tlp, recipients, now, now, mode);
    }

    private static String updated(UUID incident, String tlp, String title, String recipients, String previousTlp, String previousRecipients,
                                  String mode) {
        return """
                {"incidentId":"%s","reference":"EE-2026-000007","reporterCountry":"EE","version":2,"changedFields":["tlp","recipients"],
                 "note":null,"title":%s,"severity":"HIGH","tlp":"%s","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system",
                 "affectedCountries":["LV","LT"],"crossBorder":true,"recipients":%s,"significant":false,"updatedBy":"duty.ee",
                 "updatedAt":"%s","mode":"%s","previousTlp":"%s","previousRecipients":%s}"""
                .formatted(incident, quoted(title), tlp, recipients, Instant.now(), mode, previousTlp, previousRecipients);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static void assertForbiddenNamingNothing(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("detail").asText()).isNotBlank().doesNotContain("EE-2026-000007", TITLE);
    }

    private JsonNode caseOf(UUID incident, String token) throws IOException {
        HttpResponse<String> response = api().get("/api/v1/cases/" + incident, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<String> caseIds(String token) throws IOException {
        return JSON.readTree(api().get("/api/v1/cases?size=500", token).body()).path("items").findValuesAsText("incidentId");
    }

    private JsonNode listedCase(String token, UUID incident) throws IOException {
        for (JsonNode item : JSON.readTree(api().get("/api/v1/cases?size=500", token).body()).path("items")) {
            if (incident.toString().equals(item.path("incidentId").asText())) {
                return item;
            }
        }
        throw new AssertionError("case " + incident + " not listed");
    }

    /** The first event of this type about the incident, once it is there. */
    private static JsonNode first(TopicReader reader, String type, UUID incident) {
        return await().atMost(PATIENCE).until(() -> mine(reader.ofType(type), incident).stream().map(TlpChangeIT::payload).findFirst().orElse(null),
                r -> r != null);
    }

    private static List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> records, UUID incident) {
        return records.stream().filter(r -> incident.toString().equals(r.key())).toList();
    }

    private static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
