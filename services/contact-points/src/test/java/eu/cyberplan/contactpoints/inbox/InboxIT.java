package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.TestInfrastructure;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The inbox against real PostgreSQL and Kafka: exactly one entry per alert whatever the redeliveries, one acknowledgement. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxIT implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newHttpClient();
    private String bootstrap;
    private String prefix;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestInfrastructure.serviceProperties("contact_points");
        bootstrap = properties.get("kafka.bootstrap.servers");
        prefix = properties.get("cyberplan.topics.prefix");
        return properties;
    }

    @Test
    void shouldPutARedeliveredAlertInTheInboxOnceAndReportItDeliveredOnce() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        try (CloudEventPublisher publisher = new CloudEventPublisher(bootstrap);
             TopicReader receipts = new TopicReader(bootstrap, prefix + ".receipts.v1")) {
            publisher.publish(prefix + ".alerts.v1", incident.toString(), eventId, EventTypes.ALERT_DISPATCHED, dispatched(alert, incident, "LV"));
            publisher.publish(prefix + ".alerts.v1", incident.toString(), eventId, EventTypes.ALERT_DISPATCHED, dispatched(alert, incident, "LV"));
            publisher.publish(prefix + ".alerts.v1", incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(later, incident, "LV"));

            // The later alert shares the partition: once its receipt is out, any duplicate of the first would be too.
            await().atMost(Duration.ofSeconds(60)).until(() -> receipts.ofType(EventTypes.ALERT_DELIVERED).stream()
                    .anyMatch(r -> later.toString().equals(TopicReader.header(r, "ce_subject"))));
            assertThat(receipts.ofType(EventTypes.ALERT_DELIVERED))
                    .filteredOn(r -> alert.toString().equals(TopicReader.header(r, "ce_subject"))).hasSize(1);
        }
        HttpResponse<String> inbox = get("/api/v1/inbox", TestTokens.bearer("ncp.lv", "LV", "NCP"));
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).containsOnlyOnce(alert.toString()).contains("\"total\":2");
    }

    @Test
    void shouldKeepTheFirstAcknowledgementAndRefuseOtherCountries() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        try (CloudEventPublisher publisher = new CloudEventPublisher(bootstrap);
             TopicReader receipts = new TopicReader(bootstrap, prefix + ".receipts.v1")) {
            publisher.publish(prefix + ".alerts.v1", incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(alert, incident, "LV"));
            await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/inbox", TestTokens.bearer("ncp.lv", "LV", "NCP")).body().contains(alert.toString()));

            assertThat(ack(alert, TestTokens.bearer("ncp.lt", "LT", "NCP")).statusCode()).isEqualTo(403);
            assertThat(ack(alert, TestTokens.bearer("coordinator", "EU", "COORDINATOR")).statusCode()).isEqualTo(403);
            assertThat(ack(alert, "Bearer " + TestTokens.token("ncp.lv", "LV", Duration.ofMinutes(-5), "NCP")).statusCode()).isEqualTo(401);
            assertThat(ack(alert, null).statusCode()).isEqualTo(401);

            HttpResponse<String> first = ack(alert, TestTokens.bearer("ncp.lv", "LV", "NCP"));
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"acknowledgedBy\":\"ncp.lv\"", "\"status\":\"ACKNOWLEDGED\"");
            HttpResponse<String> second = ack(alert, TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"));
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).as("the first acknowledgement stands").isEqualTo(first.body());

            await().atMost(Duration.ofSeconds(30)).until(() -> !receipts.ofType(EventTypes.ALERT_ACKNOWLEDGED).isEmpty());
            assertThat(receipts.ofType(EventTypes.ALERT_ACKNOWLEDGED))
                    .filteredOn(r -> alert.toString().equals(TopicReader.header(r, "ce_subject"))).hasSize(1);
        }
        assertThat(ack(UUID.randomUUID(), TestTokens.bearer("ncp.lv", "LV", "NCP")).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> ack(UUID alert, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/inbox/" + alert + "/ack"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"seen\"}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String dispatched(UUID alert, UUID incident, String country) {
        Instant now = Instant.now();
        return """
                {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "title":"Ransomware on grid operator","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(alert, incident, country, now, now.plusSeconds(3600));
    }
}
