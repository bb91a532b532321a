package eu.cyberplan.escalation.changes;

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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live push of the cases (issue 25): an open case board hears that cases of its mode changed when the change commits
 * (announced after the commit), a case opened, a level raised and an update posted alike, and never what changed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStreamIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        return service.properties();
    }

    @Test
    void shouldPushEveryChangeOfACaseToTheBoardsOfItsModeOnly() throws Exception {
        UUID incident = UUID.randomUUID();
        try (OpenEventStream real = new OpenEventStream(server.getURL(), "/api/v1/cases/changes", TestTokens.bearer("ncp.lt", "LT", "NCP"));
             OpenEventStream exercise = new OpenEventStream(server.getURL(), "/api/v1/cases/changes?mode=EXERCISE", COORDINATOR);
             CloudEventPublisher publisher = service.publisher()) {
            assertThat(real.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> real.events("ready") == 1 && exercise.events("ready") == 1);

            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED, reported(incident));
            TestHttp http = new TestHttp(server.getURL());
            await().atMost(Duration.ofSeconds(60)).until(() -> real.events("cases") >= 1
                    && http.get("/api/v1/cases/" + incident, COORDINATOR).statusCode() == 200);
            assertThat(real.text()).contains("\"mode\":\"REAL\"").doesNotContain("Ransomware", incident.toString());

            // A stream opened now, once the case's opening is read, hears only what changes next.
            try (OpenEventStream later = new OpenEventStream(server.getURL(), "/api/v1/cases/changes", TestTokens.bearer("ncp.lv", "LV", "NCP"))) {
                await().atMost(Duration.ofSeconds(30)).until(() -> later.events("ready") == 1);

                var raised = http.post("/api/v1/cases/" + incident + "/level", COORDINATOR, "{\"level\":\"OPERATIONAL\",\"reason\":\"pushed\"}");
                assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(30)).until(() -> later.events("cases") >= 1);

                long beforeUpdate = later.events("cases");
                var posted = http.post("/api/v1/cases/" + incident + "/updates", COORDINATOR, "{\"text\":\"pushed too\"}");
                assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
                await().atMost(Duration.ofSeconds(30)).until(() -> later.events("cases") > beforeUpdate);
                assertThat(later.text()).doesNotContain("pushed too", "OPERATIONAL");
                assertThat(exercise.events("cases")).as("the exercise board hears nothing of a real case").isZero();
            }
        }
        try (OpenEventStream anonymous = new OpenEventStream(server.getURL(), "/api/v1/cases/changes", "Bearer not-a-token")) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    private static String reported(UUID incident) {
        Instant now = Instant.now();
        return """
                {"incidentId":"%s","reference":"EE-2026-000077","reporterCountry":"EE","title":"Ransomware on grid operator",
                 "severity":"HIGH","tlp":"AMBER","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system",
                 "affectedCountries":["LV","LT"],"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"recipients":[],
                 "awareAt":"%s","reportedAt":"%s","reportedBy":"duty.ee","mode":"REAL"}""".formatted(incident, now, now);
    }
}
