package eu.cyberplan.exercises.exercise;

import eu.cyberplan.testing.DatabaseSettings;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.exercises.release.InjectRelease;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;
import java.sql.SQLException;

import static eu.cyberplan.testing.TestJson.at;
import static eu.cyberplan.testing.TestJson.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The exercises service against real PostgreSQL and Kafka: a scenario loads (JSON and CSV MSEL) or is refused with the
 * field named; only planners and coordinators run it; its injects are released once each at their compressed time,
 * through pauses and two releasers at once; the report scores acknowledgements from the exercise topics.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExercisesIT implements TestPropertyProvider {

    private static final String PLANNER = TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER");
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String NCP_LV = TestTokens.bearer("ncp.lv", "LV", "NCP");

    private ServiceUnderTest service;
    private Map<String, String> properties;

    @Inject
    DataSource dataSource;
    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Inject
    InjectRelease release;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("exercises");
        Map<String, String> properties = new HashMap<>(service.properties());
        // Nothing answers there: INCIDENT injects fail visibly and are retried.
        properties.put("cyberplan.exercises.incident-reporting-url", "http://127.0.0.1:9");
        properties.put("cyberplan.exercises.contact-points-url", "http://127.0.0.1:9");
        properties.put("cyberplan.exercises.call-timeout", "2s");
        this.properties = Map.copyOf(properties);
        return properties;
    }

    private static String messages(int count, int spacingSeconds, int compression) {
        StringBuilder injects = new StringBuilder();
        for (int i = 0; i < count; i++) {
            injects.append(i == 0 ? "" : ",").append("""
                    {"offsetSeconds": %d, "country": "%s", "kind": "MESSAGE", "title": "Message %d", "payload": {"text": "body %d"}, "ref": "M%d"}"""
                    .formatted(i * spacingSeconds, List.of("LV", "LT", "EE").get(i % 3), i, i, i));
        }
        return """
                {"name": "Baltic drill", "participants": ["LV", "LT", "EE"], "observers": ["CH"], "compression": %d, "injects": [%s],
                 "expectations": [{"kind": "ACKNOWLEDGE", "country": "LV", "withinMinutes": 15, "description": "LV acknowledges in 15 min"},
                                  {"kind": "ACKNOWLEDGE", "country": "LT", "withinMinutes": 15}]}"""
                .formatted(compression, injects);
    }

    @Test
    void shouldSendBatchedInsertsAsMultiRowStatements() throws SQLException {
        assertThat(DatabaseSettings.rewritesBatchedInserts(dataSource)).isTrue();
    }

    @Test
    void shouldReleaseEveryInjectOnceAtItsCompressedTimeThroughPauseAndResume() throws Exception {
        // 60×: offsets 0, 60, 120 … 540 s of exercise time are 0 … 9 s on the wall.
        String id = created(api().post("/api/v1/exercises", PLANNER, messages(10, 60, 60)));
        String planned = api().get("/api/v1/exercises/" + id, NCP_LV).body();
        assertThat(List.of(at(planned, "status"), at(planned, "progress", "injects"), at(planned, "mode"))).containsExactly("PLANNED", "10", "EXERCISE");
        try (TopicReader exercises = service.reader("exercises.v1.exercise")) {
            Instant t0 = Instant.now();
            HttpResponse<String> started = api().post("/api/v1/exercises/" + id + "/start", PLANNER, "");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            assertProblem(api().post("/api/v1/exercises/" + id + "/start", PLANNER, ""), 409, "already running");
            assertProblem(api().post("/api/v1/exercises/" + id + "/resume", COORDINATOR, ""), 409, "is running");
            await().atMost(Duration.ofSeconds(20)).until(() -> released(exercises, id).size() >= 3);
            assertThat(api().post("/api/v1/exercises/" + id + "/pause", COORDINATOR, "").statusCode()).isEqualTo(200);
            int atPause = progress(id);
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(progress(id)).as("nothing is released while paused").isEqualTo(atPause);
            assertThat(api().post("/api/v1/exercises/" + id + "/resume", PLANNER, "").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> progress(id) == 10);
            await().atMost(Duration.ofSeconds(20)).until(() -> released(exercises, id).size() == 10);

            List<Map<String, Object>> events = released(exercises, id);
            assertThat(events).extracting(e -> ((Number) e.get("sequence")).intValue()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(events).allSatisfy(e -> assertThat(e.get("kind")).isEqualTo("MESSAGE"));
            Map<String, Object> last = events.stream().filter(e -> ((Number) e.get("sequence")).intValue() == 10).findFirst().orElseThrow();
            assertThat(Duration.between(t0, Instant.parse((String) last.get("releasedAt"))))
                    .as("the last inject at T0 + 9 s of wall time, plus the 3 s or more of the pause").isGreaterThan(Duration.ofSeconds(11));
            assertThat(TopicReader.header(exercises.ofType(EventTypes.EXERCISE_STARTED).get(0), "ce_cpmode")).isEqualTo("exercise");

            HttpResponse<String> ended = api().post("/api/v1/exercises/" + id + "/end", PLANNER, "");
            assertThat(List.of(at(ended.body(), "status"), at(ended.body(), "progress", "released"))).containsExactly("ENDED", "10");
            assertProblem(api().post("/api/v1/exercises/" + id + "/pause", PLANNER, ""), 409, "ENDEX");
            await().atMost(Duration.ofSeconds(20)).until(() -> !exercises.ofType(EventTypes.EXERCISE_ENDED).isEmpty());
            assertThat(exercises.ofType(EventTypes.EXERCISE_PAUSED)).hasSize(1);
            assertThat(exercises.ofType(EventTypes.EXERCISE_RESUMED)).hasSize(1);
        }
    }

    @Test
    void shouldNeverReleaseAnInjectTwiceWhenTwoReleasersRace() throws Exception {
        String id = created(api().post("/api/v1/exercises", PLANNER, messages(60, 0, 1)));
        try (TopicReader exercises = service.reader("exercises.v1.exercise")) {
            api().post("/api/v1/exercises/" + id + "/start", PLANNER, "");
            // The poller of this instance and two more releasers claim the same 60 due injects at once.
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> release.releaseDue(7));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> release.releaseDue(7));
            a.get();
            b.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> progress(id) == 60);
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).until(() -> released(exercises, id).size() >= 60);
            assertThat(released(exercises, id)).hasSize(60)
                    .extracting(e -> ((Number) e.get("sequence")).intValue()).doesNotHaveDuplicates();
        }
    }

    @Test
    void shouldReleaseEveryInjectOnceWhenASecondInstanceStopsMidExercise() throws Exception {
        // 40 injects over 9.75 s of wall time (60×); a second instance releases beside this one, then stops half-way.
        String id = created(api().post("/api/v1/exercises", PLANNER, messages(40, 15, 60)));
        try (TopicReader exercises = service.reader("exercises.v1.exercise")) {
            Map<String, Object> second = new HashMap<>(properties);
            second.put("micronaut.server.port", "-1");
            EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, second);
            try {
                assertThat(new TestHttp(other.getURL()).post("/api/v1/exercises/" + id + "/start", PLANNER, "").statusCode()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(30)).until(() -> progress(id) >= 15);
            } finally {
                other.getApplicationContext().close();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> progress(id) == 40);
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).until(() -> released(exercises, id).size() >= 40);
            assertThat(released(exercises, id)).hasSize(40).extracting(e -> ((Number) e.get("sequence")).intValue()).doesNotHaveDuplicates();
        }
    }

    @Test
    void shouldShowAFilingThatFailsAndKeepTryingIt() {
        String scenario = """
                {"name": "Outage drill", "participants": ["LV", "EE"], "compression": 10,
                 "injects": [{"offsetSeconds": 0, "country": "EE", "kind": "INCIDENT", "title": "Grid operator down", "payload": {"severity": "CRITICAL"}}]}""";
        String id = created(api().post("/api/v1/exercises", COORDINATOR, scenario));
        api().post("/api/v1/exercises/" + id + "/start", COORDINATOR, "");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String body = api().get("/api/v1/exercises/" + id, PLANNER).body();
            assertThat(at(body, "progress", "failing")).isEqualTo("1");
            assertThat(at(body, "failingInjects", 0, "title")).isEqualTo("Grid operator down");
            assertThat(at(body, "failingInjects", 0, "error")).contains("incident-reporting did not answer");
        });
        assertThat(at(api().get("/api/v1/exercises/" + id, PLANNER).body(), "progress", "released")).isEqualTo("0");
    }

    @Test
    void shouldScoreAcknowledgementsFromTheExerciseTopics() throws Exception {
        String id = created(api().post("/api/v1/exercises", PLANNER, messages(1, 0, 60)));
        UUID exercise = UUID.fromString(id);
        api().post("/api/v1/exercises/" + id + "/start", PLANNER, "");
        UUID incident = UUID.randomUUID();
        UUID lv = UUID.randomUUID();
        UUID lt = UUID.randomUUID();
        Instant dispatched = Instant.now();
        try (CloudEventPublisher publisher = service.publisher()) {
            for (UUID alert : List.of(lv, lt)) {
                String country = alert == lv ? "LV" : "LT";
                publisher.publish(service.topic("alerts.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_DISPATCHED, """
                        {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"GREEN","mode":"EXERCISE",
                         "exerciseId":"%s","title":"t","level":"TECHNICAL","reporterCountry":"EE","dispatchedAt":"%s","ackDeadline":"%s"}"""
                        .formatted(alert, incident, country, exercise, dispatched, dispatched.plusSeconds(60)), exercise);
            }
            // LV acknowledges after 10 s on the wall = 10 min of exercise time at 60× (in time); LT after 20 s = 20 min (late).
            UUID ack = UUID.randomUUID();
            String acknowledged = """
                    {"alertId":"%s","incidentId":"%s","country":"LV","dispatchedAt":"%s","ackDeadline":"%s","acknowledgedBy":"ncp.lv","acknowledgedAt":"%s"}"""
                    .formatted(lv, incident, dispatched, dispatched.plusSeconds(60), dispatched.plusSeconds(10));
            publisher.publish(service.topic("receipts.v1.exercise"), incident.toString(), ack, EventTypes.ALERT_ACKNOWLEDGED, acknowledged, exercise);
            publisher.publish(service.topic("receipts.v1.exercise"), incident.toString(), ack, EventTypes.ALERT_ACKNOWLEDGED, acknowledged, exercise);
            publisher.publish(service.topic("receipts.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_ACKNOWLEDGED, """
                    {"alertId":"%s","incidentId":"%s","country":"LT","acknowledgedBy":"ncp.lt","acknowledgedAt":"%s"}"""
                    .formatted(lt, incident, dispatched.plusSeconds(20)), exercise);
            // An event of another exercise is none of ours.
            publisher.publish(service.topic("receipts.v1.exercise"), incident.toString(), UUID.randomUUID(), EventTypes.ALERT_ACKNOWLEDGED, """
                    {"alertId":"%s","incidentId":"%s","country":"LV","acknowledgedBy":"x","acknowledgedAt":"%s"}"""
                    .formatted(UUID.randomUUID(), incident, dispatched), UUID.randomUUID());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(at(api().get("/api/v1/exercises/" + id + "/report", PLANNER).body(),
                "overall", "acknowledged")).isEqualTo("2"));
        api().post("/api/v1/exercises/" + id + "/end", PLANNER, "");
        Map<String, Object> report = json.readValue(api().get("/api/v1/exercises/" + id + "/report", PLANNER).body(), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scores = (List<Map<String, Object>>) report.get("expectations");
        assertThat(scores).extracting(s -> s.get("country") + " " + s.get("outcome") + " " + s.get("tookSeconds"))
                .containsExactly("LV MET 600", "LT MISSED 1200");
        @SuppressWarnings("unchecked")
        Map<String, Object> overall = (Map<String, Object>) report.get("overall");
        assertThat(overall).containsEntry("met", 1).containsEntry("missed", 1).containsEntry("alerts", 2).containsEntry("medianAcknowledgementSeconds", 600);

        HttpResponse<String> page = html("/api/v1/exercises/" + id + "/report", PLANNER);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("EXERCISE EXERCISE EXERCISE", "<svg", "Time to acknowledge per country", "LV acknowledges in 15 min", "MISSED");
        assertThat(api().get("/api/v1/exercises/" + id + "/report", NCP_LV).statusCode()).as("LV takes part").isEqualTo(200);
        assertThat(api().get("/api/v1/exercises/" + id + "/report", TestTokens.bearer("ncp.fr", "FR", "NCP")).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseBadScenariosNamingTheField() throws Exception {
        assertProblem(api().post("/api/v1/exercises", NCP_LV, messages(1, 0, 1)), 403, null);
        assertProblem(api().post("/api/v1/exercises", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"), "{broken"), 403, null);
        assertProblem(api().post("/api/v1/exercises", null, messages(1, 0, 1)), 401, null);
        assertProblem(api().post("/api/v1/exercises", PLANNER, messages(1, 0, 1).replace("\"country\": \"LV\"", "\"country\": \"FR\"")), 422,
                "injects[0].country");
        assertProblem(api().post("/api/v1/exercises", PLANNER, messages(1, 0, 1).replace("\"offsetSeconds\": 0", "\"offsetSeconds\": -30")), 422,
                "injects[0].offsetSeconds");
        assertProblem(api().post("/api/v1/exercises", PLANNER, "{\"name\": \"x\", "), 400, null);
        assertProblem(api().post("/api/v1/exercises/" + UUID.randomUUID() + "/start", PLANNER, ""), 404, null);
        assertThat(api().get("/api/v1/exercises", PLANNER).body()).doesNotContain("\"name\":\"x\"");

        HttpResponse<String> csvRefused = csv("/api/v1/exercises?name=CSV%20drill&participants=LV,LT", PLANNER,
                "offset,country,kind,title,payload,expected action\n0,LV,MESSAGE,Hello,,\nlater,LT,MESSAGE,When,,\n0,FR,MESSAGE,Who,,\n");
        assertThat(csvRefused.statusCode()).isEqualTo(422);
        assertThat(csvRefused.body()).contains("msel line 3: offset");
        HttpResponse<String> notParticipant = csv("/api/v1/exercises?name=CSV%20drill&participants=LV,LT", PLANNER,
                "0,LV,MESSAGE,Hello,,\n0,FR,MESSAGE,Who,,\n");
        assertThat(notParticipant.statusCode()).isEqualTo(422);
        assertThat(notParticipant.body()).contains("injects[1].country", "FR is not a participant");

        HttpResponse<String> loaded = csv("/api/v1/exercises?name=CSV%20drill&compression=30", PLANNER,
                "offset,country,kind,title,payload,expected action\n0,EE,INCIDENT,\"Wiper, Tallinn\",\"{\"\"severity\"\": \"\"CRITICAL\"\"}\",ACK LV WITHIN 15m\n"
                        + "0:10:00,LV,MESSAGE,Press,A journalist calls,\n");
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
        assertThat(at(loaded.body(), "participants", 0)).isEqualTo("EE");
        assertThat(at(loaded.body(), "participants", 1)).isEqualTo("LV");
        assertThat(at(loaded.body(), "participants", 2)).isNull();
        assertThat(at(loaded.body(), "compression")).isEqualTo("30");
        assertThat(at(loaded.body(), "progress", "injects")).isEqualTo("2");
    }

    /** The console's editor checks its draft and exports and imports the CSV MSEL through the service: nothing is stored. */
    @Test
    void shouldCheckADraftWithoutStoringItAndRoundTripItsMsel() throws Exception {
        String total = at(api().get("/api/v1/exercises", PLANNER).body(), "total");
        String draft = """
                {"name": "Draft", "participants": ["LV", "LT"], "compression": 10, "injects": [
                  {"offsetSeconds": 0, "country": "LV", "kind": "INCIDENT", "title": "Wiper, Riga", "payload": {"severity": "HIGH", "tlp": "AMBER"}, "expectedAction": "ACK LV WITHIN 15m"},
                  {"offsetSeconds": 600, "country": "FR", "kind": "MESSAGE", "title": "Who is this?"},
                  {"offsetSeconds": 900, "country": "LT", "kind": "RUMOUR", "title": "Press says \\"grid down\\"", "payload": {"text": "A journalist calls,\\ntwice"}}]}""";
        HttpResponse<String> checked = api().post("/api/v1/exercises/scenario-checks", PLANNER, draft);
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(at(checked.body(), "valid")).isEqualTo("false");
        assertThat(at(checked.body(), "injects")).isEqualTo("3");
        assertThat(errorFields(checked.body())).containsExactly("injects[1].country", "injects[2].kind");

        HttpResponse<String> exported = api().post("/api/v1/exercises/scenario-checks", PLANNER, draft, "Accept", "text/csv");
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(exported.body()).isEqualTo("offset,country,kind,title,payload,expected action\r\n"
                + "0,LV,INCIDENT,\"Wiper, Riga\",\"{\"\"severity\"\":\"\"HIGH\"\",\"\"tlp\"\":\"\"AMBER\"\"}\",ACK LV WITHIN 15m\r\n"
                + "600,FR,MESSAGE,Who is this?,,\r\n"
                + "900,LT,RUMOUR,\"Press says \"\"grid down\"\"\",\"A journalist calls,\ntwice\",\r\n");
        HttpResponse<String> again = csv("/api/v1/exercises/scenario-checks?participants=LV,LT", PLANNER, exported.body(), "text/csv");
        assertThat(again.body()).isEqualTo(exported.body());
        HttpResponse<String> imported = csv("/api/v1/exercises/scenario-checks?name=Draft&participants=LV,LT", PLANNER, exported.body(), "application/json");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(injectsWithoutNulls(((Map<?, ?>) json.readValue(imported.body(), Map.class).get("scenario")).get("injects")))
                .isEqualTo(injectsWithoutNulls(json.readValue(draft, Map.class).get("injects")));
        assertThat(at(imported.body(), "errors", 0, "field")).isEqualTo("injects[1].country");

        HttpResponse<String> unreadable = csv("/api/v1/exercises/scenario-checks", PLANNER, "0,LV,MESSAGE,Fine\nsoon,LV,MESSAGE,When\n", "application/json");
        assertProblem(unreadable, 422, null);
        assertThat(unreadable.body()).contains("msel line 2: offset");
        HttpResponse<String> tooLong = csv("/api/v1/exercises/scenario-checks", PLANNER, "0,LV,MESSAGE," + "x".repeat(301) + "\n", "application/json");
        assertThat(errorFields(tooLong.body())).contains("injects[0].title");
        assertProblem(api().post("/api/v1/exercises/scenario-checks", NCP_LV, draft), 403, null);
        assertThat(at(api().get("/api/v1/exercises", PLANNER).body(), "total")).isEqualTo(total);
    }

    private static List<Map<Object, Object>> injectsWithoutNulls(Object injects) {
        return ((List<?>) injects).stream().map(i -> {
            Map<Object, Object> inject = new HashMap<>((Map<?, ?>) i);
            inject.values().removeIf(java.util.Objects::isNull);
            return inject;
        }).toList();
    }

    private int progress(String id) throws Exception {
        Map<String, Object> view = json.readValue(api().get("/api/v1/exercises/" + id, PLANNER).body(), Map.class);
        return ((Number) ((Map<?, ?>) view.get("progress")).get("released")).intValue();
    }

    private List<Map<String, Object>> released(TopicReader reader, String exerciseId) throws Exception {
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : reader.ofType(EventTypes.INJECT_RELEASED)) {
            Map<String, Object> event = json.readValue(new String(record.value(), StandardCharsets.UTF_8), Map.class);
            if (exerciseId.equals(event.get("exerciseId"))) {
                events.add(event);
            }
        }
        return events;
    }

    private String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location").orElse("")).startsWith("/api/v1/exercises/");
        try {
            return (String) json.readValue(response.body(), Map.class).get("id");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (detail != null) {
            assertThat(response.body()).contains(detail);
        }
    }

    private HttpResponse<String> csv(String path, String authorization, String body) throws Exception {
        return csv(path, authorization, body, "application/json");
    }

    private HttpResponse<String> csv(String path, String authorization, String body, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Authorization", authorization)
                .header("Content-Type", "text/csv").header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> html(String path, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Authorization", authorization)
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
