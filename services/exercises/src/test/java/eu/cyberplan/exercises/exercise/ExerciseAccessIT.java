package eu.cyberplan.exercises.exercise;

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
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16 on real PostgreSQL: an exercise, its report and its list are read by those who run or review exercises and
 * by the people of the countries taking part; anybody else gets 403 naming nothing, and a list without it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseAccessIT implements TestPropertyProvider {

    private static final String PLANNER = TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER");
    private static final String DUTY_FR = TestTokens.bearer("duty.fr", "FR", "DUTY_OFFICER");

    private ServiceUnderTest service;
    private UUID baltic;
    private UUID iberian;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("exercises");
        Map<String, String> properties = new HashMap<>(service.properties());
        // Nothing answers there: no inject is released in this test anyway (the exercises are never started).
        properties.put("cyberplan.exercises.incident-reporting-url", "http://127.0.0.1:9");
        properties.put("cyberplan.exercises.contact-points-url", "http://127.0.0.1:9");
        return properties;
    }

    @BeforeAll
    void loadTwoExercises() {
        baltic = create("Baltic Shield", "[\"EE\",\"LV\"]", "[\"CH\"]", "LV");
        iberian = create("Iberian Storm", "[\"ES\",\"PT\"]", "[]", "ES");
    }

    @Test
    void shouldShowAnExerciseOnlyToTheCountriesTakingPartAndThoseWhoRunIt() {
        for (String reader : List.of(PLANNER, TestTokens.bearer("coordinator", "EU", "COORDINATOR"),
                TestTokens.bearer("svc.exercises", "EU", "EXERCISE_CONTROL"), TestTokens.bearer("auditor", "EU", "AUDITOR"))) {
            assertThat(listed(reader)).contains(baltic.toString(), iberian.toString());
            assertThat(get("/api/v1/exercises/" + iberian, reader).statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/exercises/" + baltic + "/report", reader).statusCode()).isEqualTo(200);
        }
        for (String party : List.of(TestTokens.bearer("ncp.lv", "LV", "NCP"), TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"),
                TestTokens.bearer("ncp.ch", "CH", "NCP"))) {
            assertThat(listed(party)).contains(baltic.toString()).doesNotContain(iberian.toString());
            HttpResponse<String> read = get("/api/v1/exercises/" + baltic, party);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(json(read.body())).containsEntry("name", "Baltic Shield");
            assertThat(get("/api/v1/exercises/" + baltic + "/report", party).statusCode()).isEqualTo(200);
            assertForbiddenNamingNothing(get("/api/v1/exercises/" + iberian, party));
            assertForbiddenNamingNothing(get("/api/v1/exercises/" + iberian + "/report", party));
        }
    }

    @Test
    void shouldRefuseEveryExerciseToACountryThatTakesPartInNone() {
        Map<String, Object> page = json(get("/api/v1/exercises", DUTY_FR).body());
        assertThat((List<?>) page.get("items")).isEmpty();
        assertThat(page).containsEntry("total", 0);
        for (UUID id : List.of(baltic, iberian)) {
            assertForbiddenNamingNothing(get("/api/v1/exercises/" + id, DUTY_FR));
            assertForbiddenNamingNothing(get("/api/v1/exercises/" + id + "/report", DUTY_FR));
        }
        // Whether an id exists is not told either; those who read everything get the 404.
        assertForbiddenNamingNothing(get("/api/v1/exercises/" + UUID.randomUUID(), DUTY_FR));
        assertThat(get("/api/v1/exercises/" + UUID.randomUUID(), PLANNER).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/exercises", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldLetEachCountryWriteLessonsAboutItselfAndThePlannersAboutAnyCountry() throws Exception {
        String lessons = "/api/v1/exercises/" + baltic + "/lessons";
        String ncpLv = TestTokens.bearer("ncp.lv", "LV", "NCP");
        try (TopicReader topic = service.reader("exercises.v1.exercise")) {
            HttpResponse<String> own = new TestHttp(server.getURL()).post(lessons, ncpLv, """
                    {"country": "LV", "text": "The backup pager number in the plan was out of date", "planStepId": "containment-1",
                     "rsitClass": "malicious-code"}""");
            assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
            Map<String, Object> lesson = json(own.body());
            assertThat(lesson).containsEntry("country", "LV").containsEntry("recordedBy", "ncp.lv").containsEntry("planStepId", "containment-1");
            assertThat(own.headers().firstValue("Location")).hasValue(lessons + "/" + lesson.get("id"));
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.ofType(EventTypes.LESSON_RECORDED).stream()
                    .anyMatch(r -> new String(r.value()).contains(String.valueOf(lesson.get("id")))));

            assertThat(new TestHttp(server.getURL()).post(lessons, PLANNER, "{\"country\": \"EE\", \"text\": \"Call the grid operator first\"}")
                    .statusCode()).as("a planner, about any country taking part").isEqualTo(201);
            assertThat(new TestHttp(server.getURL()).post(lessons, TestTokens.bearer("ncp.ee", "EE", "NCP"),
                    "{\"country\": \"LV\", \"text\": \"LV was slow\"}").statusCode()).as("EE writes no lesson about LV").isEqualTo(403);
            HttpResponse<String> notTakingPart = new TestHttp(server.getURL()).post(lessons, PLANNER, "{\"country\": \"FR\", \"text\": \"x\"}");
            assertThat(notTakingPart.statusCode()).isEqualTo(422);
            assertThat(String.valueOf(json(notTakingPart.body()).get("errors"))).contains("country");
            HttpResponse<String> badClass = new TestHttp(server.getURL()).post(lessons, ncpLv, "{\"country\": \"LV\", \"text\": \"x\", \"rsitClass\": \"aliens\"}");
            assertThat(badClass.statusCode()).isEqualTo(422);
            assertThat(String.valueOf(json(badClass.body()).get("errors"))).contains("rsitClass");

            String one = lessons + "/" + lesson.get("id");
            HttpResponse<String> edited = new TestHttp(server.getURL()).patch(one, TestTokens.bearer("owner.lv", "LV", "PLAN_OWNER"),
                    "{\"text\": \"The backup pager number in section 2 was out of date\"}");
            assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
            assertThat(json(edited.body())).containsEntry("updatedBy", "owner.lv").containsEntry("recordedBy", "ncp.lv");
            assertThat(new TestHttp(server.getURL()).patch(one, TestTokens.bearer("ncp.ee", "EE", "NCP"), "{\"text\": \"overwritten\"}").statusCode())
                    .as("a lesson of another country is not editable").isEqualTo(403);
            assertThat(new TestHttp(server.getURL()).patch(one, PLANNER, "{\"text\": \"x\", \"country\": \"EE\"}").statusCode()).isEqualTo(422);
            assertThat(new TestHttp(server.getURL()).patch(lessons + "/" + UUID.randomUUID(), PLANNER, "{\"text\": \"x\"}").statusCode()).isEqualTo(404);
        }
        HttpResponse<String> listed = get(lessons, TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("section 2 was out of date", "Call the grid operator first").doesNotContain("overwritten");
        assertForbiddenNamingNothing(get(lessons, DUTY_FR));
        HttpResponse<String> report = get("/api/v1/exercises/" + baltic + "/report", PLANNER);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(((List<?>) json(report.body()).get("lessons"))).hasSize(2).allSatisfy(l -> assertThat(((Map<?, ?>) l).get("proposalState")).isEqualTo("NONE"));

        // LV's node tells what became of the change proposed from it: drafted, then approved; a later rejection of a second proposal changes nothing.
        Object lessonId = json(listed.body().substring(listed.body().indexOf('{'), listed.body().indexOf('}') + 1)).get("id");
        try (CloudEventPublisher publisher = service.publisher()) {
            for (String[] news : List.of(new String[]{"4", "DRAFT"}, new String[]{"4", "APPROVED"}, new String[]{"5", "REJECTED"})) {
                publisher.publish(service.topic("directory.v1"), "LV/plan.proposal/" + news[0], UUID.randomUUID(), EventTypes.PLAN_PROPOSAL_CHANGED, """
                        {"country":"LV","version":%s,"lessonId":"%s","exerciseId":"%s","state":"%s","reason":null,"changedBy":"owner.lv","changedAt":"%s"}"""
                        .formatted(news[0], lessonId, baltic, news[1], java.time.Instant.now()));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> get(lessons, PLANNER).body().contains("\"proposalState\":\"APPROVED\""));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> get(lessons, PLANNER).body().contains("\"proposalVersion\":4")
                && !get(lessons, PLANNER).body().contains("REJECTED"));
    }

    @Test
    void shouldProposeAScenarioFromAPlanOnlyToThePlannersAndSayWhyWhenThePlanCannotBeRead() {
        HttpResponse<String> unreachable = get("/api/v1/exercises/scenario-proposals?country=LV", PLANNER);
        assertThat(unreachable.statusCode()).as("contact-points does not answer in this test").isEqualTo(503);
        assertThat(unreachable.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get("/api/v1/exercises/scenario-proposals?country=QQ", PLANNER).statusCode()).isEqualTo(422);
        assertThat(get("/api/v1/exercises/scenario-proposals", PLANNER).statusCode()).isEqualTo(422);
        assertThat(get("/api/v1/exercises/scenario-proposals?country=LV", DUTY_FR).statusCode()).isEqualTo(403);
    }

    private UUID create(String name, String participants, String observers, String injectCountry) {
        HttpResponse<String> created = new TestHttp(server.getURL()).post("/api/v1/exercises", PLANNER, """
                {"name": "%s", "participants": %s, "observers": %s, "compression": 10, "injects": [
                  {"offsetSeconds": 60, "country": "%s", "kind": "MESSAGE", "title": "Start of play", "payload": {"text": "STARTEX"}}]}"""
                .formatted(name, participants, observers, injectCountry));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(String.valueOf(json(created.body()).get("id")));
    }

    private List<Object> listed(String authorization) {
        HttpResponse<String> page = get("/api/v1/exercises?size=500", authorization);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return ((List<?>) json(page.body()).get("items")).stream().<Object>map(e -> String.valueOf(((Map<?, ?>) e).get("id"))).toList();
    }

    private void assertForbiddenNamingNothing(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(String.valueOf(json(response.body()).get("detail"))).doesNotContain("Iberian", "Baltic", "ES", "PT", "EE", "LV");
    }

    private HttpResponse<String> get(String path, String authorization) {
        return new TestHttp(server.getURL()).get(path, authorization);
    }

    private Map<String, Object> json(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
