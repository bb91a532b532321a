package eu.cyberplan.contactpoints.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A TLP change reaching contact-points, against real PostgreSQL and Kafka on the demo plans: a recall that withdraws a
 * country's access takes the incident's text out of its inbox and closes its checklist (a later alert reopens it); tick
 * notes show only to the readers the marking shares them with.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessWithdrawalIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TITLE = "Incident at an operator";
    private static final String NCP_LT = TestTokens.bearer("ncp.lt", "LT", "NCP");
    private static final String NCP_LV = TestTokens.bearer("ncp.lv", "LV", "NCP");
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String AUDITOR = TestTokens.bearer("auditor", "EU", "AUDITOR");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        return service.properties();
    }

    @Test
    void shouldRedactLithuaniasInboxAndCloseItsChecklistWhenTlpTightensToRedNamingLatvia() throws Exception {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    ChecklistsIT.incidentJson(incident, "EE", "malicious-code", "infected-system", Instant.now().minusSeconds(600), null));
            UUID alertLt = UUID.randomUUID();
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(alertLt, incident, "LT"));
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(UUID.randomUUID(), incident, "LV"));
            JsonNode checklist = await().atMost(PATIENCE).until(() -> checklistOf(incident, NCP_LT).orElse(null), c -> c != null);
            await().atMost(PATIENCE).until(() -> inboxItem(NCP_LT, alertLt).isPresent());
            assertThat(inboxItem(NCP_LT, alertLt).orElseThrow().path("title").asText()).isEqualTo(TITLE);
            String tick = "/api/v1/checklists/" + checklist.path("id").asText() + "/steps/containment-1/tick";
            assertThat(http().post(tick, NCP_LT, "{\"note\":\"jump host isolated\"}").statusCode()).isEqualTo(200);
            assertThat(noteOfFirstStep(checklistById(checklist, COORDINATOR))).as("AMBER: coordinators read").isEqualTo("jump host isolated");
            assertThat(checklistById(checklist, AUDITOR).path("steps").get(0).path("note").isNull()).as("AMBER: auditors do not").isTrue();

            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_UPDATED,
                    updated(incident, "RED", "[\"LV\"]", "AMBER", "[]"));
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_RECALLED, """
                    {"alertId":"%s","recallsAlertId":"%s","incidentId":"%s","country":"LT","severity":"HIGH","tlp":"RED","mode":"REAL",
                     "reason":"TLP:RED: the reporter no longer shares this incident with your country","reporterCountry":"EE",
                     "dispatchedAt":"%s","ackDeadline":"%s","accessWithdrawn":true}"""
                    .formatted(UUID.randomUUID(), alertLt, incident, Instant.now(), Instant.now().plusSeconds(3600)));

            await().atMost(PATIENCE).until(() -> inboxItem(NCP_LT, alertLt).orElseThrow().path("title").isNull());
            assertThat(inboxItems(NCP_LT).stream().filter(i -> incident.toString().equals(i.path("incidentId").asText())))
                    .allSatisfy(i -> assertThat(i.toString()).doesNotContain(TITLE));
            HttpResponse<String> log = http().get("/api/v1/countries/LT/notifications?size=500", NCP_LT);
            assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
            assertThat(StreamSupport.stream(JSON.readTree(log.body()).path("items").spliterator(), false)
                    .filter(n -> alertLt.toString().equals(n.path("alertId").asText())))
                    .as("no text of it left in LT's notification log").allSatisfy(n -> assertThat(n.toString()).doesNotContain(TITLE));
            assertThat(inboxItems(NCP_LV).stream().filter(i -> incident.toString().equals(i.path("incidentId").asText())))
                    .anySatisfy(i -> assertThat(i.path("title").asText()).isEqualTo(TITLE));

            await().atMost(PATIENCE).until(() -> !checklistById(checklist, COORDINATOR).path("closedAt").isNull());
            assertThat(http().post(tick.replace("containment-1", "containment-2"), NCP_LT, "{}").statusCode()).as("closed").isEqualTo(409);
            // The marking comes on incidents.v1 and the recall on alerts.v1, each read by a consumer of its own: the
            // checklist may close a moment before the new marking hides it.
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(checklistOf(incident, NCP_LT)).as("RED not naming LT: nothing of it for LT").isEmpty());
            assertThat(checklistById(checklist, COORDINATOR).path("steps").get(0).path("note").isNull()).as("RED, EU not named").isTrue();

            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_UPDATED,
                    updated(incident, "AMBER", "[]", "RED", "[\"LV\"]"));
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED,
                    dispatched(UUID.randomUUID(), incident, "LT"));
            await().atMost(PATIENCE).until(() -> checklistOf(incident, NCP_LT).map(c -> c.path("closedAt").isNull()).orElse(false));
            assertThat(http().post(tick.replace("containment-1", "containment-2"), NCP_LT, "{}").statusCode()).as("alerted again").isEqualTo(200);
        }
    }

    private static String dispatched(UUID alert, UUID incident, String country) {
        return """
                {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "title":"%s","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(alert, incident, country, TITLE, Instant.now(), Instant.now().plusSeconds(3600));
    }

    private static String updated(UUID incident, String tlp, String recipients, String previousTlp, String previousRecipients) {
        return """
                {"incidentId":"%s","reference":"EE-2026-000042","reporterCountry":"EE","version":2,"changedFields":["tlp","recipients"],
                 "severity":"HIGH","tlp":"%s","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system","affectedCountries":["LV"],
                 "crossBorder":true,"recipients":%s,"significant":false,"updatedBy":"duty.ee","updatedAt":"%s","mode":"REAL",
                 "previousTlp":"%s","previousRecipients":%s}""".formatted(incident, tlp, recipients, Instant.now(), previousTlp, previousRecipients);
    }

    private Optional<JsonNode> checklistOf(UUID incident, String token) throws IOException {
        HttpResponse<String> list = http().get("/api/v1/checklists?incidentId=" + incident, token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(list.body()).path("items").spliterator(), false).findFirst();
    }

    private JsonNode checklistById(JsonNode checklist, String token) throws IOException {
        HttpResponse<String> one = http().get("/api/v1/checklists/" + checklist.path("id").asText(), token);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        return JSON.readTree(one.body());
    }

    private static String noteOfFirstStep(JsonNode checklist) {
        return checklist.path("steps").get(0).path("note").asText();
    }

    private java.util.List<JsonNode> inboxItems(String token) throws IOException {
        HttpResponse<String> inbox = http().get("/api/v1/inbox?size=500", token);
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(inbox.body()).path("items").spliterator(), false).toList();
    }

    private Optional<JsonNode> inboxItem(String token, UUID alert) throws IOException {
        return inboxItems(token).stream().filter(i -> alert.toString().equals(i.path("alertId").asText())).findFirst();
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
