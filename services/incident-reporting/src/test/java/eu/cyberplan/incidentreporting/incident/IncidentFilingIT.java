package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Filing against real PostgreSQL and Kafka: one event per accepted report, nothing stored or sent for a refused one. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentFilingIT implements TestPropertyProvider {

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("incident_reporting");
        return service.properties();
    }

    @Test
    void shouldEmitExactlyOneIncidentReportedPerFiling() throws Exception {
        try (TopicReader incidents = service.reader("incidents.v1")) {
            HttpResponse<String> filed = file(TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), warning("AMBER", "[\"LV\",\"LT\"]", ""));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            String id = filed.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
            assertThat(filed.headers().firstValue("Location")).contains("/api/v1/incidents/" + id);
            await().atMost(Duration.ofSeconds(30)).until(() -> incidents.records().stream().anyMatch(r -> id.equals(r.key())));
            List<ConsumerRecord<String, byte[]>> mine = incidents.records().stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).hasSize(1);
            assertThat(TopicReader.header(mine.get(0), "ce_type")).isEqualTo(EventTypes.INCIDENT_REPORTED);
            assertThat(TopicReader.header(mine.get(0), "ce_cptlp")).isEqualTo("amber");
            assertThat(TopicReader.header(mine.get(0), "ce_source")).isEqualTo("/cyberplan/incident-reporting/ee");
            assertThat(new String(mine.get(0).value(), StandardCharsets.UTF_8)).contains("Ransomware on grid operator", "\"LV\"");
        }
    }

    @Test
    void shouldKeepTheTitleOfATlpRedIncidentOffTheSharedCluster() throws Exception {
        try (TopicReader incidents = service.reader("incidents.v1")) {
            HttpResponse<String> filed = file(TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), warning("RED", "[\"LV\"]", ",\"recipients\":[\"FI\"]"));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            String id = filed.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
            ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(30))
                    .until(() -> incidents.records().stream().filter(r -> id.equals(r.key())).findFirst().orElse(null), r -> r != null);
            assertThat(new String(event.value(), StandardCharsets.UTF_8)).doesNotContain("Ransomware", "SCADA").contains("HIGH");
            assertThat(get("/api/v1/incidents/" + id, TestTokens.bearer("ncp.fi", "FI", "NCP")).statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/incidents/" + id, TestTokens.bearer("ncp.lv", "LV", "NCP")).statusCode()).as("LV is affected but not named").isEqualTo(403);
            assertThat(get("/api/v1/incidents/" + id, TestTokens.bearer("coordinator", "EU", "COORDINATOR")).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void shouldStoreNothingForARefusedFiling() throws Exception {
        long before = incidentRows();
        assertThat(file(TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), warning("AMBER", "[\"QQ\"]", "")).statusCode()).isEqualTo(422);
        assertThat(file(TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), warning("PURPLE", "[\"LV\"]", "")).statusCode()).isEqualTo(422);
        assertThat(file(TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), warning("AMBER", "[\"LV\"]", ",\"reporterCountry\":\"FR\"")).statusCode()).isEqualTo(403);
        assertThat(file(TestTokens.bearer("ncp.ee", "EE", "NCP"), "{\"not\": \"an early warning\"}").statusCode())
                .as("roles are checked before the body").isEqualTo(403);
        assertThat(file(TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), "{\"title\":").statusCode()).isEqualTo(400);
        assertThat(incidentRows()).isEqualTo(before);
    }

    @Test
    void shouldLetAnAlertedCountryReadAnAmberIncident() throws Exception {
        HttpResponse<String> filed = file(TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), warning("AMBER", "[\"LV\"]", ""));
        String id = filed.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        String fr = TestTokens.bearer("ncp.fr", "FR", "NCP");
        assertThat(get("/api/v1/incidents/" + id, fr).statusCode()).isEqualTo(403);
        try (CloudEventPublisher publisher = service.publisher()) {
            Instant now = Instant.now();
            publisher.publish(service.topic("alerts.v1"), id, UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, """
                    {"alertId":"%s","incidentId":"%s","country":"FR","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                     "level":"OPERATIONAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                    .formatted(UUID.randomUUID(), id, now, now.plusSeconds(3600)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/incidents/" + id, fr).statusCode() == 200);
        assertThat(get("/api/v1/incidents/" + UUID.randomUUID(), fr).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswerARetryWithTheSameIdempotencyKeyWithTheFirstResponseAndFileOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String duty = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");
        long before = incidentRows();
        HttpResponse<String> first = file(duty, warning("AMBER", "[\"LV\"]", ""), key);
        HttpResponse<String> retry = file(duty, warning("AMBER", "[\"LV\"]", ""), key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(incidentRows()).isEqualTo(before + 1);

        HttpResponse<String> otherCaller = file(TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"), warning("AMBER", "[\"EE\"]", ""), key);
        assertThat(otherCaller.statusCode()).as("keys belong to their caller").isEqualTo(201);
        assertThat(otherCaller.body()).isNotEqualTo(first.body());
        HttpResponse<String> refused = file(duty, warning("AMBER", "[\"QQ\"]", ""), "refused-" + key);
        HttpResponse<String> refusedAgain = file(duty, warning("AMBER", "[\"QQ\"]", ""), "refused-" + key);
        assertThat(refusedAgain.statusCode()).isEqualTo(refused.statusCode()).isEqualTo(422);
        assertThat(incidentRows()).isEqualTo(before + 2);
    }

    private long incidentRows() throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM incident")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpResponse<String> file(String authorization, String json) {
        return file(authorization, json, null);
    }

    private HttpResponse<String> file(String authorization, String json, String idempotencyKey) {
        TestHttp api = new TestHttp(server.getURL());
        return idempotencyKey == null ? api.post("/api/v1/incidents", authorization, json)
                : api.post("/api/v1/incidents", authorization, json, "Idempotency-Key", idempotencyKey);
    }

    private HttpResponse<String> get(String path, String authorization) {
        return new TestHttp(server.getURL()).get(path, authorization);
    }

    private static String warning(String tlp, String affected, String extra) {
        return """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"%s","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"%s","pap":"AMBER","affectedCountries":%s,
                 "crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]%s}""".formatted(Instant.now().minusSeconds(600), tlp, affected, extra);
    }
}
