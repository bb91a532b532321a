package eu.cyberplan.escalation.exercise;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
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
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 24 on real PostgreSQL and Kafka (DESIGN §14): a pause holds an exercise's deadlines and the resumption moves
 * them by the pause, once; ENDEX closes the exercise's cases and cancels their timers, so nothing of it goes overdue or
 * reaches anyone afterwards, and no case of it opens after ENDEX.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseClockIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        Map<String, String> properties = new HashMap<>(service.properties());
        // HIGH alerts are due 6 s after dispatch (under the exercise's compression of 1): short enough to see ENDEX stop them.
        properties.put("escalation.sla.high", "6s");
        return properties;
    }

    @Test
    void shouldHoldTheDeadlinesOfAPausedExerciseAndMoveThemByThePauseOnce() {
        UUID exercise = UUID.randomUUID();
        UUID incident = reported(exercise);
        await().atMost(WAIT).until(() -> get("/api/v1/cases/" + incident).statusCode() == 200);
        Instant deadline = Instant.parse(at(get("/api/v1/cases/" + incident).body(), "alerts", 0, "ackDeadline"));

        Instant pausedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(exercise, EventTypes.EXERCISE_PAUSED, """
                {"exerciseId":"%s","exerciseSeconds":1,"pausedBy":"planner","pausedAt":"%s"}""".formatted(exercise, pausedAt));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM deadline_timer WHERE incident_id = ? AND held_at IS NOT NULL", incident) == 1);
        // Held past its deadline, the alert does not go overdue.
        await().during(untilPast(deadline)).atMost(untilPast(deadline).plusSeconds(5))
                .until(() -> "DISPATCHED".equals(at(get("/api/v1/cases/" + incident).body(), "alerts", 0, "status")));

        Instant resumedAt = pausedAt.plusSeconds(600);
        for (int twice = 0; twice < 2; twice++) {
            publish(exercise, EventTypes.EXERCISE_RESUMED, """
                    {"exerciseId":"%s","exerciseSeconds":1,"resumedBy":"planner","resumedAt":"%s"}""".formatted(exercise, resumedAt));
        }
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM deadline_timer WHERE incident_id = ? AND held_at IS NOT NULL", incident) == 0);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> deadline.plusSeconds(600).equals(Instant.parse(at(get("/api/v1/cases/" + incident).body(), "alerts", 0, "ackDeadline"))));
        assertThat(count("SELECT count(*) FROM deadline_timer WHERE incident_id = ? AND kind = 'ACKNOWLEDGEMENT' AND due_at = ?", incident,
                deadline.plusSeconds(600))).isEqualTo(1);
    }

    @Test
    void shouldCloseAnExercisesCasesAtEndexSoNothingOfItReachesAnyoneAfterwards() {
        UUID exercise = UUID.randomUUID();
        UUID incident = reported(exercise);
        try (TopicReader protocol = service.reader("protocol.v1.exercise")) {
            await().atMost(WAIT).until(() -> get("/api/v1/cases/" + incident).statusCode() == 200);
            Instant deadline = Instant.parse(at(get("/api/v1/cases/" + incident).body(), "alerts", 0, "ackDeadline"));
            publish(exercise, EventTypes.EXERCISE_ENDED, """
                    {"exerciseId":"%s","exerciseSeconds":1,"injectsReleased":1,"injectsNotReleased":0,"scores":[],"endedBy":"planner",
                     "endedAt":"%s"}""".formatted(exercise, Instant.now()));
            await().atMost(WAIT).until(() -> "CLOSED".equals(at(get("/api/v1/cases/" + incident).body(), "status")));
            assertThat(count("SELECT count(*) FROM deadline_timer WHERE incident_id = ? AND fired_at IS NULL AND cancelled_at IS NULL", incident))
                    .as("every timer cancelled").isZero();
            await().atMost(WAIT).until(() -> protocol.ofType(EventTypes.CASE_CLOSED).stream().anyMatch(r -> incident.toString().equals(r.key())));
            // Past the 6 s deadline: nothing of the exercise goes overdue, nobody is paged.
            await().during(untilPast(deadline)).atMost(untilPast(deadline).plusSeconds(5)).until(() -> protocol.ofType(EventTypes.ALERT_OVERDUE)
                    .stream().noneMatch(r -> incident.toString().equals(r.key())));
        }
        UUID late = reported(exercise);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8)).until(() -> get("/api/v1/cases/" + late).statusCode() == 404);
    }

    /** How long from now until a second past the deadline (at least a second). */
    private static Duration untilPast(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline.plusSeconds(1));
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    private UUID reported(UUID exercise) {
        UUID incident = UUID.randomUUID();
        Instant now = Instant.now();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("incidents.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED, """
                    {"incidentId":"%s","reference":"EE-2026-000042","reporterCountry":"EE","title":"Substation breach",
                     "severity":"HIGH","tlp":"AMBER","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system",
                     "affectedCountries":["LV"],"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"recipients":[],
                     "awareAt":"%s","reportedAt":"%s","reportedBy":"duty.ee","mode":"EXERCISE","exerciseId":"%s","exerciseCompression":1}"""
                    .formatted(incident, now, now, exercise), exercise);
        }
        return incident;
    }

    private void publish(UUID exercise, String type, String json) {
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("exercises.v1.exercise"), exercise.toString(), UUID.randomUUID(), type, json, exercise);
        }
    }

    private HttpResponse<String> get(String path) {
        return new TestHttp(server.getURL()).get(path, COORDINATOR);
    }

    private int count(String sql, Object... parameters) {
        return transactions.executeRead(status -> {
            try (var query = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i] instanceof Instant at ? java.sql.Timestamp.from(at) : parameters[i]);
                }
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
