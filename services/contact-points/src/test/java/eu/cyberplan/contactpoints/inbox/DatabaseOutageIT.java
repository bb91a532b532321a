package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.RestartablePostgres;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away for over a minute while alerts keep arriving: the listener retries the same records and never
 * skips one, so every alert is in the inbox once the database is back, each exactly once, and none is parked as a
 * poison record (DESIGN §4, §10).
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT implements TestPropertyProvider {

    private static final Duration OUTAGE = Duration.ofSeconds(70);

    private RestartablePostgres postgres;
    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        try {
            postgres = new RestartablePostgres();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = ServiceUnderTest.of("contact_points");
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("datasources.default.url", postgres.jdbcUrl());
        properties.put("datasources.default.username", postgres.username());
        properties.put("datasources.default.password", "postgres");
        properties.put("datasources.default.connection-timeout", "2000");
        return properties;
    }

    @AfterAll
    void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void shouldDeliverEveryAlertThatArrivedWhileTheDatabaseWasDown() throws Exception {
        UUID incident = UUID.randomUUID();
        List<UUID> alerts = new ArrayList<>();
        TestHttp api = new TestHttp(server.getURL());
        String ncp = TestTokens.bearer("ncp.lv", "LV", "NCP");
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader receipts = service.reader("receipts.v1")) {
            alerts.add(dispatch(publisher, incident));
            await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/inbox", ncp).body().contains(alerts.get(0).toString()));

            postgres.stop();
            var unavailable = api.get("/api/v1/inbox", ncp);
            assertThat(unavailable.statusCode()).as("a database outage is a 503 to retry, never a 500").isEqualTo(503);
            assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
            for (int i = 0; i < 3; i++) {
                alerts.add(dispatch(publisher, incident));
            }
            await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> !postgres.answers());
            postgres.start();

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                String inbox = api.get("/api/v1/inbox", ncp).body();
                alerts.forEach(alert -> assertThat(inbox).containsOnlyOnce(alert.toString()));
            });
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receipts.ofType(EventTypes.ALERT_DELIVERED))
                    .extracting(r -> TopicReader.header(r, "ce_subject"))
                    .containsExactlyInAnyOrderElementsOf(alerts.stream().map(UUID::toString).toList()));
            var parked = api.get("/api/v1/parked-events?status=PARKED", TestTokens.bearer("coordinator", "EU", "COORDINATOR"));
            assertThat(parked.statusCode()).isEqualTo(200);
            assertThat(json.readValue(parked.body(), Map.class).get("total")).as("an outage is retried, never parked").isEqualTo(0);
        }
    }

    private UUID dispatch(CloudEventPublisher publisher, UUID incident) {
        UUID alert = UUID.randomUUID();
        Instant now = Instant.now();
        publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, """
                {"alertId":"%s","incidentId":"%s","country":"LV","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "title":"Grid outage","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(alert, incident, now, now.plusSeconds(3600)));
        return alert;
    }
}
