package eu.cyberplan.contactpoints.inbox;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The inbox against real PostgreSQL and Kafka: exactly one entry per alert whatever the redeliveries, one acknowledgement. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxIT implements TestPropertyProvider {

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        return service.properties();
    }

    @Test
    void shouldPutARedeliveredAlertInTheInboxOnceAndReportItDeliveredOnce() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader receipts = service.reader("receipts.v1")) {
            publisher.publish(service.topic("alerts.v1"), incident.toString(), eventId, EventTypes.ALERT_DISPATCHED, dispatched(alert, incident, "LV"));
            publisher.publish(service.topic("alerts.v1"), incident.toString(), eventId, EventTypes.ALERT_DISPATCHED, dispatched(alert, incident, "LV"));
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(later, incident, "LV"));

            // The later alert shares the partition: once its receipt is out, any duplicate of the first would be too.
            await().atMost(Duration.ofSeconds(60)).until(() -> receipts.ofType(EventTypes.ALERT_DELIVERED).stream()
                    .anyMatch(r -> later.toString().equals(TopicReader.header(r, "ce_subject"))));
            assertThat(receipts.ofType(EventTypes.ALERT_DELIVERED))
                    .filteredOn(r -> alert.toString().equals(TopicReader.header(r, "ce_subject"))).hasSize(1);
        }
        HttpResponse<String> inbox = get("/api/v1/inbox", TestTokens.bearer("ncp.lv", "LV", "NCP"));
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).containsOnlyOnce(alert.toString());
        assertThat(at(inbox.body(), "total")).isEqualTo("2");
    }

    @Test
    void shouldKeepTheFirstAcknowledgementAndRefuseOtherCountries() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader receipts = service.reader("receipts.v1")) {
            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(alert, incident, "LV"));
            await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/inbox", TestTokens.bearer("ncp.lv", "LV", "NCP")).body().contains(alert.toString()));

            assertThat(ack(alert, TestTokens.bearer("ncp.lt", "LT", "NCP")).statusCode()).isEqualTo(403);
            assertThat(ack(alert, TestTokens.bearer("coordinator", "EU", "COORDINATOR")).statusCode()).isEqualTo(403);
            assertThat(ack(alert, "Bearer " + TestTokens.token("ncp.lv", "LV", Duration.ofMinutes(-5), "NCP")).statusCode()).isEqualTo(401);
            assertThat(ack(alert, null).statusCode()).isEqualTo(401);

            HttpResponse<String> first = ack(alert, TestTokens.bearer("ncp.lv", "LV", "NCP"));
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(at(first.body(), "acknowledgedBy")).isEqualTo("ncp.lv");
            assertThat(at(first.body(), "status")).isEqualTo("ACKNOWLEDGED");
            HttpResponse<String> second = ack(alert, TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"));
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).as("the first acknowledgement stands").isEqualTo(first.body());

            await().atMost(Duration.ofSeconds(30)).until(() -> !receipts.ofType(EventTypes.ALERT_ACKNOWLEDGED).isEmpty());
            assertThat(receipts.ofType(EventTypes.ALERT_ACKNOWLEDGED))
                    .filteredOn(r -> alert.toString().equals(TopicReader.header(r, "ce_subject"))).hasSize(1);
        }
        assertThat(ack(UUID.randomUUID(), TestTokens.bearer("ncp.lv", "LV", "NCP")).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String authorization) {
        return new TestHttp(server.getURL()).get(path, authorization);
    }

    private HttpResponse<String> ack(UUID alert, String authorization) {
        return new TestHttp(server.getURL()).post("/api/v1/inbox/" + alert + "/ack", authorization, "{\"note\":\"seen\"}");
    }

    private static String dispatched(UUID alert, UUID incident, String country) {
        Instant now = Instant.now();
        return """
                {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "title":"Ransomware on grid operator","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(alert, incident, country, now, now.plusSeconds(3600));
    }
}
