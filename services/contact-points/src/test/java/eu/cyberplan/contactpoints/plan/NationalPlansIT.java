package eu.cyberplan.contactpoints.plan;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static eu.cyberplan.testing.TestJson.at;
import static eu.cyberplan.testing.TestJson.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * National plans against real PostgreSQL and Kafka, on the demo federation (every member has an approved version 1):
 * drafts by the country's plan owner or duty officer, approval by its plan owner only, superseding atomically, every
 * version kept and diffable, the printable page, and refusals as problem+json that write nothing.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalPlansIT implements TestPropertyProvider {

    static final String PLAN = """
            {"capabilities":[{"kind":"FORENSICS","conditions":"within 24 h, two analysts","contact":"forensics@cert.%1$s.example"}],
             "playbooks":[{"rsitClass":"malicious-code","rsitType":"infected-system","steps":[
                 {"phase":"CONTAINMENT","title":"Isolate the hosts <script>alert(1)</script>","ownerRole":"DUTY_OFFICER","targetMinutes":30,"reportToEu":true},
                 {"phase":"CONTAINMENT","title":"Block C2 at the perimeter","ownerRole":"DUTY_OFFICER","targetMinutes":%2$d,"reportToEu":false},
                 {"phase":"REPAIR","title":"Restore from offline backups","ownerRole":"SYSTEM_OWNER","targetMinutes":1440,"reportToEu":false}]},
               {"rsitClass":"intrusions","steps":[{"phase":"CONTAINMENT","title":"Reset accounts","targetMinutes":60}]}]}""";

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
    void shouldApproveANewVersionSupersedingTheOneInForceAndPublishIt() {
        String owner = TestTokens.bearer("owner.ee", "EE", "PLAN_OWNER");
        try (TopicReader directory = service.reader("directory.v1")) {
            HttpResponse<String> drafted = http().post("/api/v1/countries/EE/plan/versions", owner, PLAN.formatted("ee", 60));
            assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
            Map<String, Object> draft = body(drafted);
            int version = ((Number) draft.get("version")).intValue();
            assertThat(version).as("the demo approved version 1").isGreaterThan(1);
            assertThat(drafted.headers().firstValue("Location")).hasValue("/api/v1/countries/EE/plan/versions/" + version);
            assertThat(draft).containsEntry("status", "DRAFT").containsEntry("approvedBy", null).containsEntry("createdBy", "owner.ee");
            assertThat(at(drafted.body(), "contactPoints", "ncp", "primary")).as("contact points from the directory").isEqualTo("ncp@cert.ee.example");
            assertThat(List.of(0, 1, 2).stream().map(step -> at(drafted.body(), "playbooks", 0, "steps", step, "id")))
                    .as("step ids assigned").containsExactly("containment-1", "containment-2", "repair-1");
            int before = inForceVersion("EE");

            HttpResponse<String> approved = http().post("/api/v1/countries/EE/plan/versions/" + version + "/approval", owner, "");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(body(approved)).containsEntry("status", "APPROVED").containsEntry("approvedBy", "owner.ee");
            assertThat(inForceVersion("EE")).isEqualTo(version);
            List<Map<String, Object>> versions = items(http().get("/api/v1/countries/EE/plan/versions", owner));
            assertThat(versions).extracting(v -> v.get("status")).containsOnlyOnce("APPROVED");
            assertThat(versions.stream().filter(v -> ((Number) v.get("version")).intValue() == before).findFirst().orElseThrow())
                    .containsEntry("status", "SUPERSEDED");
            await().atMost(Duration.ofSeconds(30)).until(() -> directory.ofType(EventTypes.PLAN_APPROVED).stream()
                    .anyMatch(r -> "EE/plan.approved".equals(r.key()) && Integer.valueOf(version).equals(value(r.value()).get("version"))));
            Map<String, Object> published = directory.ofType(EventTypes.PLAN_APPROVED).stream().filter(r -> "EE/plan.approved".equals(r.key()))
                    .map(r -> value(r.value())).filter(v -> Integer.valueOf(version).equals(v.get("version"))).findFirst().orElseThrow();
            assertThat(published).containsEntry("approvedBy", "owner.ee").containsEntry("supersededVersion", before)
                    .containsEntry("playbookClasses", List.of("intrusions", "malicious-code"))
                    .containsEntry("capabilities", List.of(Map.of("kind", "FORENSICS", "conditions", "within 24 h, two analysts",
                            "contact", "forensics@cert.ee.example")));
            assertThat(http().post("/api/v1/countries/EE/plan/versions/" + version + "/approval", owner, "").statusCode())
                    .as("an approved version is no draft").isEqualTo(409);
        }
    }

    @Test
    void shouldLetOnlyTheCountrysPlanOwnerApproveAndItsOwnerOrDutyOfficerDraft() {
        String plan = PLAN.formatted("lt", 60);
        assertProblem(http().post("/api/v1/countries/LT/plan/versions", TestTokens.bearer("ncp.lt", "LT", "NCP"), plan), 403);
        assertProblem(http().post("/api/v1/countries/LT/plan/versions", TestTokens.bearer("owner.lv", "LV", "PLAN_OWNER"), plan), 403);
        assertProblem(http().post("/api/v1/countries/LT/plan/versions", TestTokens.bearer("coordinator", "EU", "COORDINATOR"), plan), 403);
        assertProblem(http().post("/api/v1/countries/LT/plan/versions", TestTokens.bearer("ncp.lt", "LT", "NCP"), "{broken"), 403);
        HttpResponse<String> byDuty = http().post("/api/v1/countries/LT/plan/versions", TestTokens.bearer("duty.lt", "LT", "DUTY_OFFICER"), plan);
        assertThat(byDuty.statusCode()).as(byDuty.body()).isEqualTo(201);
        int version = ((Number) body(byDuty).get("version")).intValue();
        String approval = "/api/v1/countries/LT/plan/versions/" + version + "/approval";
        assertProblem(http().post(approval, TestTokens.bearer("duty.lt", "LT", "DUTY_OFFICER"), ""), 403);
        assertProblem(http().post(approval, TestTokens.bearer("owner.lv", "LV", "PLAN_OWNER"), ""), 403);
        assertProblem(http().post(approval, TestTokens.bearer("coordinator", "EU", "COORDINATOR"), ""), 403);
        assertThat(body(http().get("/api/v1/countries/LT/plan/versions/" + version, TestTokens.bearer("ncp.lt", "LT", "NCP"))))
                .containsEntry("status", "DRAFT");
        assertProblem(http().get("/api/v1/countries/LT/plan/versions", TestTokens.bearer("ncp.lv", "LV", "NCP")), 403);
        assertThat(http().get("/api/v1/countries/LT/plan", TestTokens.bearer("ncp.lv", "LV", "NCP")).statusCode())
                .as("everyone reads the plan in force").isEqualTo(200);
        assertThat(http().post(approval, TestTokens.bearer("owner.lt", "LT", "PLAN_OWNER"), "").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseBadInputAsProblemsAndWriteNothing() {
        String owner = TestTokens.bearer("owner.fi", "FI", "PLAN_OWNER");
        int versions = items(http().get("/api/v1/countries/FI/plan/versions", owner)).size();
        HttpResponse<String> negative = http().post("/api/v1/countries/FI/plan/versions", owner, PLAN.formatted("fi", -5));
        assertProblem(negative, 422);
        assertThat(errorFields(negative.body())).contains("playbooks[0].steps[1].targetMinutes");
        assertProblem(http().post("/api/v1/countries/FI/plan/versions", owner, "{\"playbooks\":[{\"rsitClass\":\"weather\",\"steps\":[]}]}"), 422);
        assertProblem(http().post("/api/v1/countries/FI/plan/versions", owner, "{not json"), 400);
        assertThat(items(http().get("/api/v1/countries/FI/plan/versions", owner))).hasSize(versions);

        assertProblem(http().post("/api/v1/countries/XX/plan/versions", TestTokens.bearer("owner.xx", "XX", "PLAN_OWNER"), "{}"), 422);
        assertProblem(http().post("/api/v1/countries/US/plan/versions", TestTokens.bearer("owner.us", "US", "PLAN_OWNER"), "{}"), 404);
        assertProblem(http().get("/api/v1/countries/XX/plan", owner), 422);
        assertProblem(http().get("/api/v1/countries/US/plan", owner), 404);
        assertProblem(http().post("/api/v1/countries/FI/plan/versions/999/approval", owner, ""), 404);

        HttpResponse<String> nobody = http().post("/api/v1/countries/FI/plan/versions", owner,
                "{\"contactPoints\":{\"ncp\":null,\"csirts\":[]},\"playbooks\":[]}");
        assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(201);
        int version = ((Number) body(nobody).get("version")).intValue();
        int inForce = inForceVersion("FI");
        HttpResponse<String> refused = http().post("/api/v1/countries/FI/plan/versions/" + version + "/approval", owner, "");
        assertProblem(refused, 422);
        assertThat(errorFields(refused.body())).contains("contactPoints");
        assertThat(refused.body()).contains("no contact point");
        assertThat(inForceVersion("FI")).as("the plan in force is untouched").isEqualTo(inForce);
        assertThat(body(http().get("/api/v1/countries/FI/plan/versions/" + version, owner))).containsEntry("status", "DRAFT");
    }

    @Test
    void shouldKeepOneApprovedVersionWhenTwoDraftsAreApprovedAtOnce() {
        String owner = TestTokens.bearer("owner.pt", "PT", "PLAN_OWNER");
        int first = ((Number) body(http().post("/api/v1/countries/PT/plan/versions", owner, PLAN.formatted("pt", 60))).get("version")).intValue();
        int second = ((Number) body(http().post("/api/v1/countries/PT/plan/versions", owner, PLAN.formatted("pt", 90))).get("version")).intValue();
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() ->
                http().post("/api/v1/countries/PT/plan/versions/" + first + "/approval", owner, ""));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() ->
                http().post("/api/v1/countries/PT/plan/versions/" + second + "/approval", owner, ""));
        List<Integer> statuses = List.of(a.join().statusCode(), b.join().statusCode());
        assertThat(statuses).as("the newer draft always comes into force; the older one only before it").contains(200)
                .allSatisfy(s -> assertThat(s).isIn(200, 409));
        assertThat(items(http().get("/api/v1/countries/PT/plan/versions", owner))).extracting(v -> v.get("status")).containsOnlyOnce("APPROVED");
        assertThat(inForceVersion("PT")).isEqualTo(second);
    }

    @Test
    void shouldDiffVersionsAndPrintThePlanEscaped() {
        String owner = TestTokens.bearer("owner.si", "SI", "PLAN_OWNER");
        int v1 = ((Number) body(http().post("/api/v1/countries/SI/plan/versions", owner, PLAN.formatted("si", 60))).get("version")).intValue();
        int v2 = ((Number) body(http().post("/api/v1/countries/SI/plan/versions", owner, PLAN.formatted("si", 45))).get("version")).intValue();
        HttpResponse<String> changes = http().get("/api/v1/countries/SI/plan/versions/" + v2 + "/changes?from=" + v1, owner);
        assertThat(changes.statusCode()).as(changes.body()).isEqualTo(200);
        assertThat(items(changes, "changes")).containsExactly(Map.of("path", "playbooks[malicious-code/infected-system].steps[containment-2].targetMinutes",
                "change", "CHANGED", "from", "60", "to", "45"));
        assertThat(at(http().get("/api/v1/countries/SI/plan/versions/" + v2 + "/changes", owner).body(), "from")).isEqualTo(String.valueOf(v1));
        assertThat(http().post("/api/v1/countries/SI/plan/versions/" + v2 + "/approval", owner, "").statusCode()).isEqualTo(200);

        HttpResponse<String> page = html("/api/v1/countries/SI/plan", TestTokens.bearer("ncp.de", "DE", "NCP"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("National contingency plan of SI, version " + v2, "Isolate the hosts &lt;script&gt;alert(1)&lt;/script&gt;",
                "forensics@cert.si.example", "45 min").doesNotContain("<script>");
        assertThat(http().get("/api/v1/countries/SI/plan", owner).headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void shouldCreateOneDraftForARepeatedIdempotencyKey() {
        String owner = TestTokens.bearer("owner.sk", "SK", "PLAN_OWNER");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = http().post("/api/v1/countries/SK/plan/versions", owner, PLAN.formatted("sk", 60), "Idempotency-Key", key);
        HttpResponse<String> again = http().post("/api/v1/countries/SK/plan/versions", owner, PLAN.formatted("sk", 60), "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(items(http().get("/api/v1/countries/SK/plan/versions", owner))).hasSize(2);
    }

    @Test
    void shouldTurnALessonLearntIntoAProposedChangeThatThePlanOwnerApprovesOrRejects() {
        UUID exercise = UUID.randomUUID();
        UUID lesson = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("exercises.v1.exercise"), exercise.toString(), UUID.randomUUID(), EventTypes.LESSON_RECORDED, """
                    {"lessonId":"%s","exerciseId":"%s","country":"LT","text":"Nobody could reach the forensics team at night",
                     "planStepId":null,"rsitClass":"malicious-code","recordedBy":"planner","recordedAt":"%s"}""".formatted(lesson, exercise, Instant.now()),
                    exercise);
        }
        String owner = TestTokens.bearer("owner.lt", "LT", "PLAN_OWNER");
        String proposal = """
                {"lessonId":"%s","source":{"exerciseId":"%s"},
                 "change":{"capabilities":[{"kind":"FORENSICS","conditions":"24/7, on call","contact":"forensics-oncall@cert.lt.example"}]}}"""
                .formatted(lesson, exercise);
        await().atMost(Duration.ofSeconds(30)).until(() -> http().post("/api/v1/countries/LT/plan/proposals", owner, proposal).statusCode() == 201);
        List<Map<String, Object>> versions = items(http().get("/api/v1/countries/LT/plan/versions", owner));
        Map<String, Object> proposed = versions.get(0);
        assertThat(proposed).containsEntry("status", "DRAFT")
                .containsEntry("note", "Proposed from a lesson learnt: Nobody could reach the forensics team at night");
        assertThat(proposed.get("proposedFrom")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("lessonId", lesson.toString()).containsEntry("exerciseId", exercise.toString());
        assertThat(proposed.get("playbooks")).as("the parts the change leaves out stay as in force").isNotEqualTo(List.of());
        int version = ((Number) proposed.get("version")).intValue();

        assertProblem(http().post("/api/v1/countries/LV/plan/proposals", TestTokens.bearer("owner.lv", "LV", "PLAN_OWNER"), proposal), 422);
        assertThat(http().post("/api/v1/countries/LT/plan/proposals", TestTokens.bearer("owner.ee", "EE", "PLAN_OWNER"), proposal).statusCode())
                .isEqualTo(403);
        HttpResponse<String> unknown = http().post("/api/v1/countries/LT/plan/proposals", owner, proposal.replace(lesson.toString(), UUID.randomUUID().toString()));
        assertProblem(unknown, 422);
        assertThat(errorFields(unknown.body())).containsExactly("lessonId");
        HttpResponse<String> elsewhere = http().post("/api/v1/countries/LT/plan/proposals", owner, proposal.replace(exercise.toString(), UUID.randomUUID().toString()));
        assertProblem(elsewhere, 422);
        assertThat(errorFields(elsewhere.body())).containsExactly("source.exerciseId");
        HttpResponse<String> broken = http().post("/api/v1/countries/LT/plan/proposals", owner, proposal.replace("\"FORENSICS\"", "\"MAGIC\""));
        assertProblem(broken, 422);
        assertThat(errorFields(broken.body())).allMatch(field -> field.startsWith("change."));
        assertThat(http().post("/api/v1/countries/LT/plan/proposals", TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER"), proposal).statusCode())
                .as("the planner who ran the exercise proposes too").isEqualTo(201);

        HttpResponse<String> approved = http().post("/api/v1/countries/LT/plan/versions/" + version + "/approval", owner, "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(inForceVersion("LT")).isEqualTo(version);
        assertThat(at(http().get("/api/v1/countries/LT/plan", owner).body(), "capabilities", 0, "contact")).isEqualTo("forensics-oncall@cert.lt.example");

        int second = ((Number) items(http().get("/api/v1/countries/LT/plan/versions", owner)).get(0).get("version")).intValue();
        assertProblem(http().post("/api/v1/countries/LT/plan/versions/" + second + "/rejection", owner, "{}"), 422);
        assertThat(http().post("/api/v1/countries/LT/plan/versions/" + second + "/rejection", TestTokens.bearer("duty.lt", "LT", "DUTY_OFFICER"),
                "{\"reason\":\"x\"}").statusCode()).as("only the plan owner rejects").isEqualTo(403);
        HttpResponse<String> rejected = http().post("/api/v1/countries/LT/plan/versions/" + second + "/rejection", owner,
                "{\"reason\":\"approved already as version " + version + "\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(body(rejected)).containsEntry("status", "REJECTED");
        assertThat(at(rejected.body(), "rejection", "rejectedBy")).isEqualTo("owner.lt");
        assertProblem(http().post("/api/v1/countries/LT/plan/versions/" + second + "/rejection", owner, "{\"reason\":\"again\"}"), 409);
        assertProblem(http().post("/api/v1/countries/LT/plan/versions/" + second + "/approval", owner, ""), 409);
        // The exercise the lesson came from learns what became of it: drafted, approved; the second drafted, rejected with its reason.
        try (TopicReader directory = service.reader("directory.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> directory.ofType(EventTypes.PLAN_PROPOSAL_CHANGED).stream()
                    .map(r -> value(r.value())).filter(v -> lesson.toString().equals(v.get("lessonId"))).count() == 4);
            assertThat(directory.ofType(EventTypes.PLAN_PROPOSAL_CHANGED).stream().map(r -> value(r.value()))
                    .filter(v -> lesson.toString().equals(v.get("lessonId"))).map(v -> v.get("version") + " " + v.get("state")))
                    .as("in order per version (one key each), in any order across them")
                    .containsExactlyInAnyOrder(version + " DRAFT", second + " DRAFT", version + " APPROVED", second + " REJECTED")
                    .containsSubsequence(version + " DRAFT", version + " APPROVED").containsSubsequence(second + " DRAFT", second + " REJECTED");
        }
        // Readiness counts the lesson as acted on (DESIGN §14).
        String readiness = http().get("/api/v1/readiness", owner).body();
        assertThat(readiness).contains("\"id\":\"lessons-acted-on\",\"met\":true,\"figure\":\"1/1 lessons of the last 12 months acted on (100 %)\"");
    }

    @Test
    void shouldProposeAChangeFromALessonOfARealCaseWhoseTextStayedOnTheCase() {
        UUID incident = UUID.randomUUID();
        UUID lesson = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("protocol.v1"), incident.toString(), UUID.randomUUID(), EventTypes.LESSON_RECORDED, """
                    {"lessonId":"%s","exerciseId":null,"incidentId":"%s","country":"LU","text":null,"recordedBy":"coordinator","recordedAt":"%s"}"""
                    .formatted(lesson, incident, Instant.now()));
        }
        String owner = TestTokens.bearer("owner.lu", "LU", "PLAN_OWNER");
        String proposal = """
                {"lessonId":"%s","source":{"incidentId":"%s"},
                 "change":{"capabilities":[{"kind":"COORDINATION","conditions":"a liaison officer within 4 h","contact":"liaison@cert.lu.example"}]}}"""
                .formatted(lesson, incident);
        await().atMost(Duration.ofSeconds(30)).until(() -> http().post("/api/v1/countries/LU/plan/proposals", owner, proposal).statusCode() == 201);
        Map<String, Object> proposed = items(http().get("/api/v1/countries/LU/plan/versions", owner)).get(0);
        assertThat(proposed.get("note")).isEqualTo("Proposed from a lesson learnt: (its text stays on the case under its TLP marking)");
        assertThat(proposed.get("proposedFrom")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("incidentId", incident.toString());
    }

    private int inForceVersion(String country) {
        return ((Number) body(http().get("/api/v1/countries/" + country + "/plan", TestTokens.bearer("ncp.de", "DE", "NCP"))).get("version")).intValue();
    }

    private HttpResponse<String> html(String path, String authorization) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Authorization", authorization)
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> items(HttpResponse<String> response) {
        return items(response, "items");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) body(response).get(field);
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        return value(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Map<String, Object> value(byte[] bytes) {
        try {
            return json.readValue(bytes, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
