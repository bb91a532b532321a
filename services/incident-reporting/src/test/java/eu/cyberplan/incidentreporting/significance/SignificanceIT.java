package eu.cyberplan.incidentreporting.significance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.EventTypes;
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

import static eu.cyberplan.testing.TestJson.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Significance over HTTP against real PostgreSQL and Kafka: the assessment endpoint, and the assessment run on every report. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignificanceIT implements TestPropertyProvider {

    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("incident_reporting");
        return service.properties();
    }

    @Test
    void shouldAssessWithoutCreatingAnythingAndNameWhatIsWrong() throws Exception {
        HttpResponse<String> down = api().post("/api/v1/significance-assessments", DUTY_EE,
                "{\"entityType\":\"CLOUD_COMPUTING\",\"completeUnavailabilityMinutes\":31}");
        assertThat(down.statusCode()).as(down.body()).isEqualTo(200);
        JsonNode assessment = JSON.readTree(down.body());
        assertThat(assessment.path("significant").asBoolean()).isTrue();
        assertThat(assessment.path("regulation").asText()).isEqualTo("Implementing Regulation (EU) 2024/2690");
        JsonNode met = assessment.path("criteria").findParents("met").stream().filter(c -> c.path("met").asBoolean()).findFirst().orElseThrow();
        assertThat(met.path("id").asText()).isEqualTo("art7.a-unavailable");
        assertThat(met.path("figure").asText()).isEqualTo("31 min");

        HttpResponse<String> negative = api().post("/api/v1/significance-assessments", DUTY_EE, "{\"entityType\":\"DNS\",\"financialLossEur\":-1}");
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(errorFields(negative.body())).contains("financialLossEur");
        HttpResponse<String> unknown = api().post("/api/v1/significance-assessments", DUTY_EE, "{\"entityType\":\"QUANTUM\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(errorFields(unknown.body())).contains("entityType");
        assertThat(unknown.body()).as("the known types named").contains("TRUST_SERVICE");
        assertThat(api().post("/api/v1/significance-assessments", null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAssessEveryFilingAndReportAndTellRecipients() throws Exception {
        try (TopicReader incidents = service.reader("incidents.v1")) {
            HttpResponse<String> filed = api().post("/api/v1/incidents", DUTY_EE, """
                    {"title":"Cloud control plane down","summary":"tenants cannot reach their machines","awareAt":"%s","severity":"HIGH",
                     "rsitClass":"availability","rsitType":"outage","tlp":"GREEN","pap":"GREEN","affectedCountries":["LV"],
                     "entity":{"name":"Baltic Cloud AS","entityType":"CLOUD_COMPUTING","annualTurnoverEur":4000000},
                     "impact":{"financialLossEur":150000}}""".formatted(Instant.now().minusSeconds(3600)));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            JsonNode incident = JSON.readTree(filed.body());
            assertThat(incident.path("significant").asBoolean()).as("EUR 150,000 is below min(500,000, 5 %% of 4,000,000 = 200,000)").isFalse();
            String id = incident.path("id").asText();

            HttpResponse<String> notification = api().post("/api/v1/incidents/" + id + "/reports", DUTY_EE, """
                    {"stage":"NOTIFICATION","severity":"HIGH","impact":{"financialLossEur":200000.01},
                     "significanceFigures":{"completeUnavailabilityMinutes":25}}""");
            assertThat(notification.statusCode()).as(notification.body()).isEqualTo(201);
            assertThat(JSON.readTree(api().get("/api/v1/incidents/" + id, DUTY_EE).body()).path("significant").asBoolean()).isTrue();
            assertProblem(api().post("/api/v1/incidents/" + id + "/reports", DUTY_EE,
                    "{\"stage\":\"PROGRESS\",\"summary\":\"x\",\"significanceFigures\":{\"unionUsers\":-3}}"), "significanceFigures.unionUsers");

            await().atMost(Duration.ofSeconds(30)).until(() -> mine(incidents.records(), id).size() >= 2);
            List<ConsumerRecord<String, byte[]>> mine = mine(incidents.records(), id);
            assertThat(JSON.readTree(mine.get(0).value()).path("significant").asBoolean()).isFalse();
            assertThat(JSON.readTree(mine.get(1).value()).path("significant").asBoolean()).isTrue();
            assertThat(TopicReader.header(mine.get(1), "ce_type")).isEqualTo(EventTypes.INCIDENT_REPORT_SUBMITTED);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> mine(List<ConsumerRecord<String, byte[]>> records, String id) {
        return records.stream().filter(r -> id.equals(r.key())).toList();
    }

    private static void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(errorFields(response.body())).contains(field);
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
