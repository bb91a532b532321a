package eu.cyberplan.contactpoints.inbox;

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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live push of the inbox (issue 25): an open console hears that its inbox changed when the change commits (the
 * inbox_item triggers' NOTIFY), for its own country and mode only, and never what changed.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxChangesIT implements TestPropertyProvider {

    private static final String NCP_LV = TestTokens.bearer("ncp.lv", "LV", "NCP");

    private final HttpClient http = HttpClient.newHttpClient();
    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        return service.properties();
    }

    /** An open stream's lines, as they come. */
    private final class OpenStream implements AutoCloseable {
        final List<String> lines = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.CompletableFuture<HttpResponse<Stream<String>>> response;

        OpenStream(String query, String authorization) {
            response = http.sendAsync(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/inbox/changes" + query))
                    .header("Authorization", authorization).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> new Thread(() -> r.body().forEach(lines::add)).start());
        }

        long events(String name) {
            return lines.stream().filter(l -> l.replace(" ", "").equals("event:" + name)).count();
        }

        int status() throws Exception {
            return response.get(30, TimeUnit.SECONDS).statusCode();
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }

    @Test
    void shouldPushAChangeOfTheInboxToItsOwnCountryAndModeOnly() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        try (OpenStream lv = new OpenStream("", NCP_LV);
             OpenStream lvExercise = new OpenStream("?mode=EXERCISE", NCP_LV);
             OpenStream lt = new OpenStream("", TestTokens.bearer("ncp.lt", "LT", "NCP"));
             CloudEventPublisher publisher = service.publisher()) {
            assertThat(lv.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> lv.events("ready") == 1 && lt.events("ready") == 1 && lvExercise.events("ready") == 1);

            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(alert, incident));
            await().atMost(Duration.ofSeconds(60)).until(() -> lv.events("inbox") >= 1);
            assertThat(String.join("\n", lv.lines)).contains("\"country\":\"LV\"", "\"mode\":\"REAL\"").doesNotContain("Ransomware", alert.toString());

            long before = lv.events("inbox");
            HttpResponse<String> ack = new TestHttp(server.getURL()).post("/api/v1/inbox/" + alert + "/ack", NCP_LV, "{\"note\":\"seen\"}");
            assertThat(ack.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> lv.events("inbox") > before);

            assertThat(lt.events("inbox")).as("another country's stream").isZero();
            assertThat(lvExercise.events("inbox")).as("the exercise stream of a real change").isZero();
        }
    }

    @Test
    void shouldRefuseAStreamToWhoeverMayNotReadTheInbox() throws Exception {
        try (OpenStream anonymous = new OpenStream("", "Bearer not-a-token");
             OpenStream owner = new OpenStream("", TestTokens.bearer("owner.lv", "LV", "PLAN_OWNER"))) {
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(owner.status()).isEqualTo(403);
        }
    }

    private static String dispatched(UUID alert, UUID incident) {
        Instant now = Instant.now();
        return """
                {"alertId":"%s","incidentId":"%s","country":"LV","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"REAL",
                 "title":"Ransomware on grid operator","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                .formatted(alert, incident, now, now.plusSeconds(3600));
    }
}
