package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation's promise, across every service in its own JVM, through real Kafka and PostgreSQL:
 * duty.ee files → escalation opens a case and alerts LV and LT → their inboxes get the alerts → ncp.lv
 * acknowledges → the case shows 2 delivered, 1 acknowledged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalkingSkeletonIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Api api = new Api(http);
    private Federation federation;

    @BeforeAll
    void startStack() throws Exception {
        federation = Federation.start(http);
    }

    @AfterAll
    void stopStack() throws Exception {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void shouldCarryAnIncidentFromFilingToAcknowledgementAndCountTheReceipts() {
        String duty = api.login(federation.contactPoints, "duty.ee");
        Api.Reply filed = api.post(federation.incidentReporting.url("/api/v1/incidents"), duty, earlyWarning("[\"LV\",\"LT\"]"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String incidentId = filed.body().get("id").asText();
        assertThat(filed.location()).endsWith("/api/v1/incidents/" + incidentId);
        assertThat(filed.body().get("reporterCountry").asText()).isEqualTo("EE");
        assertThat(filed.body().get("mode").asText()).isEqualTo("REAL");

        String ncpLv = api.login(federation.contactPoints, "ncp.lv");
        AtomicReference<JsonNode> alert = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode items = api.get(federation.contactPoints.url("/api/v1/inbox"), ncpLv).body().get("items");
            assertThat(items).anySatisfy(item -> assertThat(item.get("incidentId").asText()).isEqualTo(incidentId));
            items.forEach(item -> {
                if (item.get("incidentId").asText().equals(incidentId)) {
                    alert.set(item);
                }
            });
        });
        assertThat(alert.get().get("status").asText()).isEqualTo("NEW");
        assertThat(alert.get().get("title").asText()).isEqualTo("Ransomware on grid operator");
        assertThat(Instant.parse(alert.get().get("ackDeadline").asText())).isAfter(Instant.parse(alert.get().get("dispatchedAt").asText()));

        Api.Reply acked = api.post(federation.contactPoints.url("/api/v1/inbox/" + alert.get().get("alertId").asText() + "/ack"), ncpLv,
                "{\"note\":\"on it\"}");
        assertThat(acked.status()).as(acked.toString()).isEqualTo(200);
        assertThat(acked.body().get("acknowledgedBy").asText()).isEqualTo("ncp.lv");

        String coordinator = api.login(federation.contactPoints, "coordinator");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode counts = api.get(federation.escalation.url("/api/v1/cases/" + incidentId), coordinator).body().get("counts");
            assertThat(counts.get("recipients").asInt()).isEqualTo(2);
            assertThat(counts.get("delivered").asInt()).isEqualTo(2);
            assertThat(counts.get("acknowledged").asInt()).isEqualTo(1);
        });
        JsonNode kase = api.get(federation.escalation.url("/api/v1/cases/" + incidentId), coordinator).body();
        assertThat(kase.get("level").asText()).isEqualTo("TECHNICAL");
        assertThat(kase.get("alerts")).anySatisfy(a -> {
            assertThat(a.get("country").asText()).isEqualTo("LV");
            assertThat(a.get("status").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(a.get("acknowledgedBy").asText()).isEqualTo("ncp.lv");
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(federation.incidentReporting.url("/api/v1/incidents/" + incidentId), ncpLv).status())
                        .as("LV was alerted, so it reads the TLP:AMBER incident").isEqualTo(200));
        Api.Reply readByFr = api.get(federation.incidentReporting.url("/api/v1/incidents/" + incidentId), api.login(federation.contactPoints, "ncp.fr"));
        assertThat(readByFr.status()).as("FR was not alerted").isEqualTo(403);
    }

    @Test
    void shouldRefuseBadInputWithProblemDetailsAndNeverA500() {
        String dutyEe = api.login(federation.contactPoints, "duty.ee");
        String incidents = federation.incidentReporting.url("/api/v1/incidents");

        assertProblem(api.post(incidents, null, earlyWarning("[\"LV\"]")), 401);
        assertProblem(api.post(incidents, "not.a.jwt", earlyWarning("[\"LV\"]")), 401);
        assertProblem(api.post(incidents, dutyEe, earlyWarning("[\"LV\"]").replace("\"tlp\"", "\"reporterCountry\":\"FR\",\"tlp\"")), 403);
        Api.Reply unknownCountry = api.post(incidents, dutyEe, earlyWarning("[\"LV\",\"QQ\"]"));
        assertProblem(unknownCountry, 422);
        assertThat(unknownCountry.body().get("errors").get(0).get("field").asText()).isEqualTo("affectedCountries[1]");
        assertProblem(api.post(incidents, dutyEe, "{\"title\": \"broken"), 400);
        Api.Reply noTitle = api.post(incidents, dutyEe, earlyWarning("[\"LV\"]").replace("\"title\":\"Ransomware on grid operator\",", ""));
        assertProblem(noTitle, 422);
        assertThat(noTitle.body().get("errors").get(0).get("field").asText()).isEqualTo("title");
        assertProblem(api.post(incidents, api.login(federation.contactPoints, "ncp.ee"), earlyWarning("[\"LV\"]")), 403);
    }

    @Test
    void shouldNotLetAnotherCountryAcknowledgeAnAlert() {
        String duty = api.login(federation.contactPoints, "duty.ee");
        String incidentId = api.post(federation.incidentReporting.url("/api/v1/incidents"), duty, earlyWarning("[\"LV\"]")).body().get("id").asText();
        String ncpLv = api.login(federation.contactPoints, "ncp.lv");
        AtomicReference<String> alertId = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode items = api.get(federation.contactPoints.url("/api/v1/inbox"), ncpLv).body().get("items");
            items.forEach(item -> {
                if (item.get("incidentId").asText().equals(incidentId)) {
                    alertId.set(item.get("alertId").asText());
                }
            });
            assertThat(alertId.get()).isNotNull();
        });
        String ncpLt = api.login(federation.contactPoints, "ncp.lt");
        assertProblem(api.post(federation.contactPoints.url("/api/v1/inbox/" + alertId.get() + "/ack"), ncpLt, "{}"), 403);
        assertThat(api.get(federation.contactPoints.url("/api/v1/inbox?status=NEW"), ncpLv).body().get("items"))
                .as("LT's refused acknowledgement left LV's alert untouched")
                .anySatisfy(item -> assertThat(item.get("alertId").asText()).isEqualTo(alertId.get()));
        assertThat(api.get(federation.contactPoints.url("/api/v1/inbox"), ncpLt).body().get("items"))
                .noneSatisfy(item -> assertThat(item.get("alertId").asText()).isEqualTo(alertId.get()));
    }

    @Test
    void shouldPublishEachServicesOpenApiDocumentWithoutAToken() throws Exception {
        for (ServiceProcess service : List.of(federation.contactPoints, federation.incidentReporting, federation.escalation, federation.exercises)) {
            String name = service == federation.contactPoints ? "contact-points" : service == federation.incidentReporting ? "incident-reporting"
                    : service == federation.escalation ? "escalation" : "exercises";
            HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(service.url("/swagger/" + name + ".yml"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(document.statusCode()).as(name).isEqualTo(200);
            assertThat(document.body()).startsWith("openapi:").contains("title: " + name);
        }
        HttpResponse<String> incidents = http.send(HttpRequest.newBuilder(URI.create(federation.incidentReporting.url("/swagger/incident-reporting.yml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(incidents.body()).contains("/api/v1/incidents:", "/api/v1/incidents/{id}:");
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
    }

    private static String earlyWarning(String affectedCountries) {
        return """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"%s",
                 "severity":"HIGH","rsitClass":"malicious-code","rsitType":"infected-system","tlp":"AMBER","pap":"AMBER",
                 "affectedCountries":%s,"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]}"""
                .formatted(Instant.now().minusSeconds(3600), affectedCountries);
    }
}
