package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.testing.DatabaseSettings;
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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The TLP marking on incident-reporting's paths against real PostgreSQL and Kafka: a TLP change takes read access away
 * from the countries it no longer shares the incident with (and gives none back), RED naming {@code EU} lets the
 * coordinator in but not the planner or auditor, a 403 names nothing of the incident, and recipients belong to RED only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentSharingIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");
    private static final String NCP_LV = TestTokens.bearer("ncp.lv", "LV", "NCP");
    private static final String NCP_LT = TestTokens.bearer("ncp.lt", "LT", "NCP");
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String PLANNER = TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER");
    private static final String AUDITOR = TestTokens.bearer("auditor", "EU", "AUDITOR");

    private ServiceUnderTest service;

    @Inject
    DataSource dataSource;
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("incident_reporting");
        return service.properties();
    }

    @Test
    void shouldSendBatchedInsertsAsMultiRowStatements() throws SQLException {
        assertThat(DatabaseSettings.rewritesBatchedInserts(dataSource)).isTrue();
    }

    @Test
    void shouldTakeReadAccessFromLithuaniaWhenTlpTightensToRedNamingLatvia() throws Exception {
        try (CloudEventPublisher publisher = service.publisher(); TopicReader incidents = service.reader("incidents.v1")) {
            JsonNode filed = file("AMBER", "");
            String id = filed.path("id").asText();
            for (String country : List.of("LV", "LT")) {
                publisher.publish(service.topic("alerts.v1"), id, UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(id, country));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/incidents/" + id, NCP_LT).statusCode() == 200);

            HttpResponse<String> tightened = api().patch("/api/v1/incidents/" + id, DUTY_EE,
                    "{\"note\":\"attribution under way\",\"tlp\":\"RED\",\"recipients\":[\"LV\"]}");
            assertThat(tightened.statusCode()).as(tightened.body()).isEqualTo(200);

            assertForbiddenNamingNothing(api().get("/api/v1/incidents/" + id, NCP_LT), filed);
            assertThat(api().get("/api/v1/incidents/" + id, NCP_LV).statusCode()).isEqualTo(200);
            assertThat(ids(api().get("/api/v1/incidents", NCP_LT))).doesNotContain(id);
            assertThat(ids(api().get("/api/v1/incidents", NCP_LV))).contains(id);

            ConsumerRecord<String, byte[]> updated = await().atMost(Duration.ofSeconds(30)).until(() -> incidents.ofType(EventTypes.INCIDENT_UPDATED)
                    .stream().filter(r -> id.equals(r.key())).findFirst().orElse(null), r -> r != null);
            JsonNode event = JSON.readTree(updated.value());
            assertThat(event.path("tlp").asText()).isEqualTo("RED");
            assertThat(event.path("previousTlp").asText()).isEqualTo("AMBER");
            assertThat(event.path("recipients").toString()).isEqualTo("[\"LV\"]");
            assertThat(event.path("title").isNull()).as("no title of a RED incident on the cluster").isTrue();
            assertThat(event.path("note").isNull()).isTrue();
            assertThat(new String(updated.value())).doesNotContain("Ransomware", "attribution");

            HttpResponse<String> loosened = api().patch("/api/v1/incidents/" + id, DUTY_EE, "{\"note\":\"shared again\",\"tlp\":\"AMBER\"}");
            assertThat(loosened.statusCode()).as(loosened.body()).isEqualTo(200);
            assertThat(JSON.readTree(loosened.body()).path("recipients")).as("named recipients belong to RED only").isEmpty();
            assertThat(api().get("/api/v1/incidents/" + id, NCP_LT).statusCode()).as("loosening gives nothing back until LT is alerted again")
                    .isEqualTo(403);
            assertThat(api().get("/api/v1/incidents/" + id, NCP_LV).statusCode()).as("LV was alerted and named: its grant stays").isEqualTo(200);
            publisher.publish(service.topic("alerts.v1"), id, UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(id, "LT"));
            await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/incidents/" + id, NCP_LT).statusCode() == 200);
        }
    }

    @Test
    void shouldDropTheGrantOfACountryWhoseAlertIsRecalledForAccess() throws Exception {
        try (CloudEventPublisher publisher = service.publisher()) {
            String id = file("AMBER", "").path("id").asText();
            publisher.publish(service.topic("alerts.v1"), id, UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(id, "LT"));
            await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/incidents/" + id, NCP_LT).statusCode() == 200);
            publisher.publish(service.topic("alerts.v1"), id, UUID.randomUUID(), EventTypes.ALERT_RECALLED, recalled(id, "LT", false));
            publisher.publish(service.topic("alerts.v1"), id, UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(id, "LV"));
            await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/incidents/" + id, NCP_LV).statusCode() == 200);
            assertThat(api().get("/api/v1/incidents/" + id, NCP_LT).statusCode()).as("a recall of the incident keeps the grant").isEqualTo(200);

            publisher.publish(service.topic("alerts.v1"), id, UUID.randomUUID(), EventTypes.ALERT_RECALLED, recalled(id, "LT", true));
            await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/incidents/" + id, NCP_LT).statusCode() == 403);
            assertThat(api().get("/api/v1/incidents/" + id, NCP_LV).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldLetOnlyTheCoordinatorReadAndExportRedNamingEu() throws Exception {
        JsonNode filed = file("RED", ",\"recipients\":[\"LV\",\"EU\"]");
        String id = filed.path("id").asText();
        assertThat(api().get("/api/v1/incidents/" + id, COORDINATOR).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/v1/incidents/" + id + "/stix", COORDINATOR).statusCode()).isEqualTo(200);
        assertThat(ids(api().get("/api/v1/incidents", COORDINATOR))).contains(id);
        for (String reader : List.of(PLANNER, AUDITOR)) {
            assertForbiddenNamingNothing(api().get("/api/v1/incidents/" + id, reader), filed);
            assertForbiddenNamingNothing(api().get("/api/v1/incidents/" + id + "/stix", reader), filed);
            assertForbiddenNamingNothing(api().get("/api/v1/incidents/" + id + "/misp", reader), filed);
            assertThat(ids(api().get("/api/v1/incidents", reader))).doesNotContain(id);
        }
    }

    @Test
    void shouldRefuseRecipientsOnAnIncidentThatIsNotRed() throws Exception {
        HttpResponse<String> filed = api().post("/api/v1/incidents", DUTY_EE, warning("AMBER", ",\"recipients\":[\"LV\"]"));
        assertInvalid(filed, "recipients");
        String id = file("AMBER+STRICT", "").path("id").asText();
        assertInvalid(api().patch("/api/v1/incidents/" + id, DUTY_EE, "{\"note\":\"LV only\",\"recipients\":[\"LV\"]}"), "recipients");
        assertThat(JSON.readTree(api().get("/api/v1/incidents/" + id, DUTY_EE).body()).path("version").asInt()).as("nothing half-written")
                .isEqualTo(1);
    }

    private static void assertInvalid(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly(field);
    }

    private static void assertForbiddenNamingNothing(HttpResponse<String> response, JsonNode incident) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        String detail = JSON.readTree(response.body()).path("detail").asText();
        assertThat(detail).isNotBlank().doesNotContain(incident.path("reference").asText(), incident.path("title").asText(), "Ransomware");
    }

    private static List<String> ids(HttpResponse<String> list) throws Exception {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JSON.readTree(list.body()).path("items").findValuesAsText("id");
    }

    private JsonNode file(String tlp, String extra) throws Exception {
        HttpResponse<String> filed = api().post("/api/v1/incidents", DUTY_EE, warning(tlp, extra));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return JSON.readTree(filed.body());
    }

    private static String warning(String tlp, String extra) {
        return """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"%s","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"%s","pap":"AMBER","affectedCountries":["LV","LT"],
                 "crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]%s}""".formatted(Instant.now().minusSeconds(600), tlp, extra);
    }

    private static String dispatched(String incident, String country) {
        return """
                {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}""".formatted(UUID.randomUUID(), incident, country, Instant.now(),
                Instant.now().plusSeconds(3600));
    }

    private static String recalled(String incident, String country, boolean withdrawn) {
        return """
                {"alertId":"%s","recallsAlertId":"%s","incidentId":"%s","country":"%s","severity":"HIGH","tlp":"RED","mode":"REAL",
                 "reason":"no longer shared","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s","accessWithdrawn":%s}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), incident, country, Instant.now(), Instant.now().plusSeconds(3600), withdrawn);
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
