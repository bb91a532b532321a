package eu.cyberplan.contactpoints.readiness;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness against real PostgreSQL and Kafka, computed from the demo federation's plans and rosters, comchecks answered
 * through the receipts topic and exercise scores from exercise.ended: coordinators see every country, others their own.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadinessIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final List<String> CRITERIA = List.of("plan-approved", "playbooks-cover-rsit", "roster-24-7", "comcheck-answer-rate",
            "comcheck-median-response", "exercise-participation", "exercise-score", "lessons-acted-on");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        return service.properties();
    }

    @Test
    void shouldShowEveryCountryToACoordinatorAndTheirOwnToOthers() {
        List<Map<String, Object>> all = items(http().get("/api/v1/readiness", COORDINATOR));
        assertThat(all).hasSize(31).extracting(i -> i.get("country")).contains("EE", "GR", "CH");
        assertThat(all).allSatisfy(item -> assertThat(criteria(item)).extracting(c -> c.get("id")).containsExactlyElementsOf(CRITERIA));
        Map<String, Object> ee = country(all, "EE");
        assertThat(criterion(ee, "plan-approved")).containsEntry("met", true);
        assertThat(criterion(ee, "playbooks-cover-rsit")).containsEntry("met", true).containsEntry("figure", "11/11 RSIT classes");
        assertThat(criterion(country(all, "HR"), "playbooks-cover-rsit")).containsEntry("met", false)
                .containsEntry("figure", "8/11 RSIT classes; missing: vulnerable, other, test");
        assertThat(criterion(country(all, "CH"), "plan-approved")).containsEntry("met", false).containsEntry("figure", "no approved national plan");
        assertThat(criterion(ee, "roster-24-7")).as("the demo rota starts this week: the weeks before it are gaps").containsEntry("met", false);
        assertThat((String) criterion(ee, "roster-24-7").get("figure")).contains("min without a primary");
        assertThat(criterion(ee, "exercise-participation")).containsEntry("met", false);
        assertThat(criterion(ee, "lessons-acted-on")).containsEntry("met", true).containsEntry("figure", "no lesson learnt in the last 12 months");
        assertThat(((Number) ee.get("score")).intValue()).as("3 of 8 criteria").isEqualTo(37);

        assertThat(items(http().get("/api/v1/readiness", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER")))).extracting(i -> i.get("country"))
                .containsExactly("EE");
        assertThat(items(http().get("/api/v1/readiness", TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER")))).isEmpty();
        assertThat(http().get("/api/v1/readiness", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldCountComchecksAnsweredAndExerciseScoresAsTheyHappen() {
        HttpResponse<String> started = http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\":[\"LV\",\"LT\"]}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        Map<String, Object> comcheck = body(started);
        Instant startedAt = Instant.parse((String) comcheck.get("startedAt"));
        UUID exercise = UUID.randomUUID();
        try (CloudEventPublisher otherNode = service.publisher()) {
            otherNode.publish(service.topic("receipts.v1"), (String) comcheck.get("id"), UUID.randomUUID(), EventTypes.COMCHECK_ANSWERED, """
                    {"comcheckId":"%s","country":"LV","answeredBy":"ncp.lv","startedAt":"%s","answeredAt":"%s","mode":"REAL"}"""
                    .formatted(comcheck.get("id"), startedAt, startedAt.plusSeconds(120)));
            otherNode.publish(service.topic("exercises.v1.exercise"), exercise.toString(), UUID.randomUUID(), EventTypes.EXERCISE_ENDED, """
                    {"exerciseId":"%s","exerciseSeconds":7200,"injectsReleased":9,"injectsNotReleased":1,
                     "scores":[{"country":"LV","met":6,"missed":2,"medianAcknowledgementSeconds":420},{"country":"LT","met":1,"missed":3}],
                     "endedBy":"planner","endedAt":"%s"}""".formatted(exercise, Instant.now()), exercise);
        }
        String ncpLv = TestTokens.bearer("ncp.lv", "LV", "NCP");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<String, Object> lv = items(http().get("/api/v1/readiness", ncpLv)).get(0);
            return Boolean.TRUE.equals(criterion(lv, "comcheck-answer-rate").get("met")) && Boolean.TRUE.equals(criterion(lv, "exercise-score").get("met"));
        });
        Map<String, Object> lv = items(http().get("/api/v1/readiness", ncpLv)).get(0);
        assertThat(criterion(lv, "comcheck-answer-rate")).containsEntry("figure", "1/1 answered (100 %)");
        assertThat(criterion(lv, "comcheck-median-response")).containsEntry("met", true).containsEntry("figure", "median response 120 s (at most 900 s)");
        assertThat(criterion(lv, "exercise-participation")).containsEntry("met", true);
        assertThat(criterion(lv, "exercise-score")).containsEntry("figure", "6/8 expectations met in the last exercise (75 %)")
                .containsEntry("source", "exercise.ended of exercise " + exercise);

        Map<String, Object> lt = items(http().get("/api/v1/readiness", TestTokens.bearer("ncp.lt", "LT", "NCP"))).get(0);
        assertThat(criterion(lt, "comcheck-answer-rate")).as("an open comcheck not yet answered is no miss yet").containsEntry("met", false)
                .containsEntry("figure", "no comcheck in the last 3 months");
        assertThat(criterion(lt, "exercise-participation")).containsEntry("met", true);
        assertThat(criterion(lt, "exercise-score")).containsEntry("met", false).containsEntry("figure", "1/4 expectations met in the last exercise (25 %)");
    }

    private static Map<String, Object> country(List<Map<String, Object>> items, String code) {
        return items.stream().filter(i -> code.equals(i.get("country"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> criterion(Map<String, Object> item, String id) {
        return criteria(item).stream().filter(c -> id.equals(c.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> criteria(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("criteria");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) body(response).get("items");
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
