package eu.cyberplan.escalation.exercise;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16 on real PostgreSQL and Kafka: an exercise with participants EE and LV stays with them. Raised to
 * OPERATIONAL, its case alerts the participants that were not alerted yet, and none of the other members; a real case
 * at OPERATIONAL still alerts every member.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseRoutingIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        return service.properties();
    }

    @Test
    void shouldAlertOnlyTheParticipantsWhenAnExerciseCaseIsRaisedToOperational() {
        UUID exercise = UUID.randomUUID();
        started(exercise, "[\"EE\",\"LV\",\"LT\"]", "[\"CH\"]");
        UUID incident = reported(exercise, "[\"LV\",\"FR\"]");

        await().atMost(WAIT).until(() -> get("/api/v1/cases/" + incident).statusCode() == 200);
        assertThat(alertedCountries(incident)).as("FR is affected but does not take part").containsExactly("LV");

        raise(incident, "OPERATIONAL");
        assertThat(alertedCountries(incident)).as("the participants, not the 26 other members nor the observer")
                .containsExactlyInAnyOrder("LV", "LT");
        raise(incident, "POLITICAL");
        assertThat(alertedCountries(incident)).containsExactlyInAnyOrder("LV", "LT");

        try (TopicReader alerts = service.reader("alerts.v1.exercise")) {
            await().atMost(WAIT).until(() -> alerts.ofType(EventTypes.ALERT_DISPATCHED).stream()
                    .filter(r -> incident.toString().equals(r.key())).count() >= 2);
            assertThat(alerts.ofType(EventTypes.ALERT_DISPATCHED).stream().filter(r -> incident.toString().equals(r.key()))
                    .map(r -> json(new String(r.value())).get("country")).toList()).containsExactlyInAnyOrder("LV", "LT");
        }
        try (TopicReader real = service.reader("alerts.v1")) {
            assertThat(real.ofType(EventTypes.ALERT_DISPATCHED)).filteredOn(r -> incident.toString().equals(r.key())).isEmpty();
        }
    }

    @Test
    void shouldNeverWidenAnExerciseNotSeenStartingToEveryMember() {
        UUID incident = reported(UUID.randomUUID(), "[\"LV\"]");
        await().atMost(WAIT).until(() -> get("/api/v1/cases/" + incident).statusCode() == 200);
        raise(incident, "OPERATIONAL");
        assertThat(alertedCountries(incident)).containsExactly("LV");
    }

    @Test
    void shouldStillAlertEveryMemberForARealCaseAtOperational() {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    incidentJson(incident, "[\"LV\"]", "REAL", null));
        }
        await().atMost(WAIT).until(() -> get("/api/v1/cases/" + incident).statusCode() == 200);
        raise(incident, "OPERATIONAL");
        assertThat(alertedCountries(incident)).hasSize(29).doesNotContain("EE");
    }

    private void started(UUID exercise, String participants, String observers) {
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("exercises.v1.exercise"), exercise.toString(), UUID.randomUUID(), EventTypes.EXERCISE_STARTED, """
                    {"exerciseId":"%s","name":"Baltic Shield","participants":%s,"observers":%s,"compression":10,"injects":1,
                     "startedBy":"planner","startedAt":"%s"}""".formatted(exercise, participants, observers, Instant.now()), exercise);
        }
        // The parties are known before the inject comes in, as when exercise.started leads (it is published at T0).
        await().atMost(WAIT).until(() -> transactions.executeRead(status -> {
            try (var query = status.getConnection().prepareStatement("SELECT count(*) FROM exercise_party WHERE exercise_id = ?")) {
                query.setObject(1, exercise);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        }));
    }

    private UUID reported(UUID exercise, String affected) {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("incidents.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    incidentJson(incident, affected, "EXERCISE", exercise), exercise);
        }
        return incident;
    }

    private void raise(UUID incident, String level) {
        HttpResponse<String> raised = new TestHttp(server.getURL()).post("/api/v1/cases/" + incident + "/level", COORDINATOR,
                "{\"level\":\"%s\",\"reason\":\"drill escalates\"}".formatted(level));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
    }

    private List<Object> alertedCountries(UUID incident) {
        HttpResponse<String> kase = get("/api/v1/cases/" + incident);
        assertThat(kase.statusCode()).as(kase.body()).isEqualTo(200);
        return ((List<?>) json(kase.body()).get("alerts")).stream().<Object>map(a -> ((Map<?, ?>) a).get("country")).toList();
    }

    private HttpResponse<String> get(String path) {
        return new TestHttp(server.getURL()).get(path, COORDINATOR);
    }

    private Map<String, Object> json(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static String incidentJson(UUID incident, String affected, String mode, UUID exercise) {
        Instant now = Instant.now();
        return """
                {"incidentId":"%s","reference":"EE-2026-000042","reporterCountry":"EE","title":"Substation breach",
                 "severity":"HIGH","tlp":"AMBER","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system",
                 "affectedCountries":%s,"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"recipients":[],
                 "awareAt":"%s","reportedAt":"%s","reportedBy":"duty.ee","mode":"%s"%s}"""
                .formatted(incident, affected, now, now, mode, exercise == null ? "" : ",\"exerciseId\":\"" + exercise + "\",\"exerciseCompression\":10");
    }
}
