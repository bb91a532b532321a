package eu.cyberplan.contactpoints.changes;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.OpenEventStream;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live push of the inbox (issue 25): an open console hears that its inbox changed when the change commits
 * (announced after the commit), for its own country and mode only, and never what changed.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxChangesIT implements TestPropertyProvider {

    private static final String NCP_LV = TestTokens.bearer("ncp.lv", "LV", "NCP");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        return service.properties();
    }

    private OpenEventStream stream(String query, String authorization) {
        return new OpenEventStream(server.getURL(), "/api/v1/inbox/changes" + query, authorization);
    }

    @Test
    void shouldPushAChangeOfTheInboxToItsOwnCountryAndModeOnly() throws Exception {
        UUID incident = UUID.randomUUID();
        UUID alert = UUID.randomUUID();
        try (OpenEventStream lv = stream("", NCP_LV);
             OpenEventStream lvExercise = stream("?mode=EXERCISE", NCP_LV);
             OpenEventStream lt = stream("", TestTokens.bearer("ncp.lt", "LT", "NCP"));
             CloudEventPublisher publisher = service.publisher()) {
            assertThat(lv.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> lv.events("ready") == 1 && lt.events("ready") == 1 && lvExercise.events("ready") == 1);

            publisher.publish(service.topic("alerts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, dispatched(alert, incident));
            TestHttp http = new TestHttp(server.getURL());
            await().atMost(Duration.ofSeconds(60)).until(() -> lv.events("inbox") >= 1
                    && http.get("/api/v1/inbox", NCP_LV).body().contains(alert.toString()));
            assertThat(lv.text()).contains("\"country\":\"LV\"", "\"mode\":\"REAL\"").doesNotContain("Ransomware", alert.toString());

            // A stream opened now, once the alert is read in the inbox, hears only what changes next.
            try (OpenEventStream later = stream("", NCP_LV)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> later.events("ready") == 1);
                HttpResponse<String> ack = http.post("/api/v1/inbox/" + alert + "/ack", NCP_LV, "{\"note\":\"seen\"}");
                assertThat(ack.statusCode()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(30)).until(() -> later.events("inbox") >= 1);
            }

            assertThat(lt.events("inbox")).as("another country's stream").isZero();
            assertThat(lvExercise.events("inbox")).as("the exercise stream of a real change").isZero();
        }
    }

    @Test
    void shouldRefuseAStreamToWhoeverMayNotReadTheInbox() throws Exception {
        try (OpenEventStream anonymous = stream("", "Bearer not-a-token");
             OpenEventStream owner = stream("", TestTokens.bearer("owner.lv", "LV", "PLAN_OWNER"))) {
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
