package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.country.CountryCodes;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Comchecks against real PostgreSQL and Kafka: started by a coordinator, answered from the inbox, counted per country. */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComcheckIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String AUDITOR = TestTokens.bearer("auditor", "EU", "AUDITOR");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

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
    void shouldPutTheComcheckInEachInboxAndShowWhoAnsweredAndHowFast() {
        try (TopicReader receipts = service.reader("receipts.v1");
             TopicReader started = service.reader("comchecks.v1")) {
            HttpResponse<String> created = http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\":[\"EE\",\"LV\",\"LT\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Map<String, Object> comcheck = body(created);
            UUID id = UUID.fromString((String) comcheck.get("id"));
            assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/comchecks/" + id);
            assertThat(comcheck).containsEntry("countries", List.of("EE", "LV", "LT")).containsEntry("startedBy", "coordinator")
                    .containsEntry("mode", "REAL").containsEntry("answerRate", 0.0);
            assertThat(Duration.between(instant(comcheck, "startedAt"), instant(comcheck, "answerBy"))).hasMinutes(30);
            assertThat(rows(comcheck)).extracting(row -> row.get("answered")).containsExactly(false, false, false);
            await().atMost(PATIENCE).until(() -> started.ofType(EventTypes.COMCHECK_STARTED).stream().anyMatch(r -> id.toString().equals(r.key())));

            Map<String, Object> eeItem = awaitInboxItem(id, "EE", TestTokens.bearer("ncp.ee", "EE", "NCP"));
            assertThat(eeItem).containsEntry("kind", "COMCHECK").containsEntry("severity", "LOW").containsEntry("tlp", "GREEN")
                    .containsEntry("title", "Communication check").containsEntry("incidentId", null)
                    .containsEntry("ackDeadline", comcheck.get("answerBy"));
            awaitInboxItem(id, "LV", TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"));

            HttpResponse<String> ee = ack(id, "EE", TestTokens.bearer("ncp.ee", "EE", "NCP"));
            assertThat(ee.statusCode()).as(ee.body()).isEqualTo(200);
            assertThat(at(ee.body(), "status")).isEqualTo("ACKNOWLEDGED");
            assertThat(at(ee.body(), "acknowledgedBy")).isEqualTo("ncp.ee");
            assertThat(ack(id, "LV", TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER")).statusCode()).isEqualTo(200);

            Map<String, Object> answered = body(http().get("/api/v1/comchecks/" + id, COORDINATOR));
            List<Map<String, Object>> rows = rows(answered);
            assertThat(rows).extracting(row -> row.get("country")).containsExactly("EE", "LV", "LT");
            assertThat(rows.get(0)).containsEntry("answered", true).containsEntry("answeredBy", "ncp.ee").containsEntry("late", false);
            assertThat(rows.get(1)).containsEntry("answered", true).containsEntry("answeredBy", "duty.lv");
            assertThat(rows.subList(0, 2)).allSatisfy(row -> assertThat(((Number) row.get("responseSeconds")).longValue()).isGreaterThanOrEqualTo(0));
            assertThat(rows.get(2)).containsEntry("answered", false).containsEntry("answeredBy", null).containsEntry("answeredAt", null)
                    .containsEntry("responseSeconds", null).containsEntry("late", false);
            assertThat((Double) answered.get("answerRate")).isCloseTo(2.0 / 3, within(1e-9));

            await().atMost(PATIENCE).until(() -> answersOf(receipts, id).size() == 2);
            assertThat(answersOf(receipts, id)).extracting(r -> TopicReader.header(r, "ce_source"))
                    .containsExactlyInAnyOrder("/cyberplan/contact-points/ee", "/cyberplan/contact-points/lv");
            assertThat(receipts.ofType(EventTypes.ALERT_ACKNOWLEDGED)).as("a comcheck is answered, not acknowledged as an alert").isEmpty();
        }
    }

    @Test
    void shouldKeepTheFirstAnswerAndRecordAnswersGivenOnOtherNodes() {
        UUID id = start("{\"countries\":[\"EE\",\"LT\"]}");
        String ncpEe = TestTokens.bearer("ncp.ee", "EE", "NCP");
        awaitInboxItem(id, "EE", ncpEe);
        HttpResponse<String> first = ack(id, "EE", ncpEe);
        HttpResponse<String> second = ack(id, "EE", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).as("the first answer stands").isEqualTo(first.body());
        Map<String, Object> before = row(body(http().get("/api/v1/comchecks/" + id, COORDINATOR)), "EE");
        Instant startedAt = instant(body(http().get("/api/v1/comchecks/" + id, COORDINATOR)), "startedAt");

        try (CloudEventPublisher otherNode = service.publisher();
             TopicReader receipts = service.reader("receipts.v1")) {
            publishAnswer(otherNode, id, "EE", "someone.else", startedAt, startedAt.plusSeconds(5));
            // Same key, same partition: once LT's answer is recorded, the repeat for EE has been handled too.
            publishAnswer(otherNode, id, "LT", "ncp.lt", startedAt, startedAt.plusSeconds(90));
            await().atMost(PATIENCE).until(() -> Boolean.TRUE.equals(row(body(http().get("/api/v1/comchecks/" + id, COORDINATOR)), "LT").get("answered")));

            Map<String, Object> comcheck = body(http().get("/api/v1/comchecks/" + id, COORDINATOR));
            assertThat(row(comcheck, "EE")).as("a repeated answer changes nothing").isEqualTo(before);
            assertThat(row(comcheck, "LT")).containsEntry("answeredBy", "ncp.lt").containsEntry("responseSeconds", 90);
            assertThat(comcheck).containsEntry("answerRate", 1.0);
            await().atMost(PATIENCE).until(() -> !fromThisService(answersOf(receipts, id), "ee").isEmpty());
            assertThat(fromThisService(answersOf(receipts, id), "ee")).as("answering twice publishes one answer").hasSize(1);
        }
    }

    @Test
    void shouldReportAnswerRateMedianAndP90PerCountryOverTheLastComchecks() {
        UUID first = start("{\"countries\":[\"EE\",\"LV\",\"LT\"]}");
        UUID second = start("{\"countries\":[\"EE\",\"LV\"]}");
        try (CloudEventPublisher otherNodes = service.publisher()) {
            Instant firstStart = instant(body(http().get("/api/v1/comchecks/" + first, COORDINATOR)), "startedAt");
            Instant secondStart = instant(body(http().get("/api/v1/comchecks/" + second, COORDINATOR)), "startedAt");
            publishAnswer(otherNodes, first, "EE", "ncp.ee", firstStart, firstStart.plusSeconds(60));
            publishAnswer(otherNodes, first, "LV", "ncp.lv", firstStart, firstStart.plusSeconds(300));
            publishAnswer(otherNodes, second, "EE", "duty.ee", secondStart, secondStart.plusSeconds(180));
        }
        await().atMost(PATIENCE).until(() -> answeredCount(first) == 2 && answeredCount(second) == 1);

        Map<String, Object> statistics = body(http().get("/api/v1/comchecks/statistics?last=2", COORDINATOR));
        assertThat(statistics).containsEntry("comchecks", 2);
        assertThat(items(statistics)).containsExactly(
                Map.of("country", "EE", "asked", 2, "answered", 2, "answerRate", 1.0, "medianResponseSeconds", 120.0, "p90ResponseSeconds", 180),
                nullTimes(Map.of("country", "LT", "asked", 1, "answered", 0, "answerRate", 0.0)),
                Map.of("country", "LV", "asked", 2, "answered", 1, "answerRate", 0.5, "medianResponseSeconds", 300.0, "p90ResponseSeconds", 300));
        assertThat(body(http().get("/api/v1/comchecks/statistics?last=2", AUDITOR))).isEqualTo(statistics);

        Map<String, Object> latvia = body(http().get("/api/v1/comchecks/statistics?last=2", TestTokens.bearer("ncp.lv", "LV", "NCP")));
        assertThat(items(latvia)).extracting(item -> item.get("country")).containsExactly("LV");
        assertThat(body(http().get("/api/v1/comchecks/statistics?last=1", COORDINATOR))).containsEntry("comchecks", 1);
        assertThat(body(http().get("/api/v1/comchecks/statistics", COORDINATOR)).get("comchecks")).as("the last 10 by default")
                .isEqualTo((int) Math.min(10, total()));
    }

    @Test
    void shouldShowThePeopleOfACountryOnlyTheirOwnRow() {
        UUID id = start("{\"countries\":[\"EE\",\"LV\"]}");
        Map<String, Object> estonia = body(http().get("/api/v1/comchecks/" + id, TestTokens.bearer("ncp.ee", "EE", "NCP")));
        assertThat(estonia).containsEntry("countries", List.of("EE", "LV"));
        assertThat(rows(estonia)).extracting(row -> row.get("country")).containsExactly("EE");
        assertThat(rows(body(http().get("/api/v1/comchecks/" + id, TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER")))))
                .extracting(row -> row.get("country")).containsExactly("LV");
        assertThat(rows(body(http().get("/api/v1/comchecks/" + id, AUDITOR)))).hasSize(2);
        assertProblem(http().get("/api/v1/comchecks/" + id, TestTokens.bearer("ncp.fi", "FI", "NCP")), 404, id.toString());

        Map<String, Object> list = body(http().get("/api/v1/comchecks", COORDINATOR));
        assertThat(list).containsKeys("items", "page", "size", "total");
        assertThat(items(list).get(0)).as("newest first").containsEntry("id", id.toString());
        assertThat(items(body(http().get("/api/v1/comchecks?size=500", TestTokens.bearer("ncp.fi", "FI", "NCP")))))
                .noneMatch(item -> id.toString().equals(item.get("id")));
        assertThat(items(body(http().get("/api/v1/comchecks", TestTokens.bearer("ncp.lv", "LV", "NCP"))))).allSatisfy(item ->
                assertThat(rows(item)).extracting(row -> row.get("country")).containsExactly("LV"));

        for (String reader : List.of(TestTokens.bearer("owner.ee", "EE", "PLAN_OWNER"), TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER"))) {
            assertProblem(http().get("/api/v1/comchecks/" + id, reader), 403, "");
            assertProblem(http().get("/api/v1/comchecks", reader), 403, "");
            assertProblem(http().get("/api/v1/comchecks/statistics", reader), 403, "");
        }
        assertProblem(http().get("/api/v1/comchecks/" + id, null), 401, "");
        assertProblem(http().get("/api/v1/comchecks/statistics", null), 401, "");
    }

    @Test
    void shouldLetOnlyACoordinatorStartAComcheckWhateverTheBody() {
        long before = total();
        List<String> others = List.of(TestTokens.bearer("ncp.ee", "EE", "NCP"), TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"),
                TestTokens.bearer("owner.ee", "EE", "PLAN_OWNER"), AUDITOR, TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER"));
        for (String caller : others) {
            assertProblem(http().post("/api/v1/comchecks", caller, "{\"countries\":[\"EE\"]}"), 403, "");
            assertProblem(http().post("/api/v1/comchecks", caller, "{\"countries\":[\"XX\"]}"), 403, "");
            assertProblem(http().post("/api/v1/comchecks", caller, "{not json"), 403, "");
        }
        assertProblem(http().post("/api/v1/comchecks", null, "{\"countries\":[\"EE\"]}"), 401, "");
        String expired = "Bearer " + TestTokens.token("coordinator", "EU", Duration.ofMinutes(-5), "COORDINATOR");
        assertProblem(http().post("/api/v1/comchecks", expired, "{\"countries\":[\"EE\"]}"), 401, "");
        assertThat(total()).as("nothing was started").isEqualTo(before);
    }

    @Test
    void shouldNameEveryInvalidFieldInAProblemAndStartNothing() {
        long before = total();
        HttpResponse<String> unknown = http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\":[\"EE\",\"XX\",\"US\"]}");
        assertProblem(unknown, 422, "countries[1]");
        assertThat(unknown.body()).contains("countries[2]").doesNotContain("countries[0]");
        assertProblem(http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\":[]}"), 422, "\"field\":\"countries\"");
        assertProblem(http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\":[\"EE\"],\"answerWithinMinutes\":0}"), 422, "answerWithinMinutes");
        assertProblem(http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\": ["), 400, "");
        assertProblem(http().get("/api/v1/comchecks/statistics?last=0", COORDINATOR), 422, "last");
        assertProblem(http().get("/api/v1/comchecks/statistics?last=101", COORDINATOR), 422, "last");
        assertProblem(http().get("/api/v1/comchecks?mode=DRILL", COORDINATOR), 422, "mode");
        assertProblem(http().get("/api/v1/comchecks/not-a-uuid", COORDINATOR), 400, "");
        assertProblem(http().get("/api/v1/comchecks/" + UUID.randomUUID(), COORDINATOR), 404, "");
        assertThat(total()).as("nothing was started").isEqualTo(before);
    }

    @Test
    void shouldCheckEveryMemberWhenNoCountryIsNamedAndStoreGreeceAsGR() {
        Map<String, Object> all = body(http().post("/api/v1/comchecks", COORDINATOR, "{}"));
        assertThat(all.get("countries")).isEqualTo(CountryCodes.MEMBERS);
        assertThat(rows(all)).hasSize(30);

        HttpResponse<String> greece = http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\":[\"el\",\"EE\",\"GR\"],\"answerWithinMinutes\":5}");
        assertThat(greece.statusCode()).as(greece.body()).isEqualTo(201);
        Map<String, Object> comcheck = body(greece);
        assertThat(comcheck).containsEntry("countries", List.of("GR", "EE"));
        assertThat(Duration.between(instant(comcheck, "startedAt"), instant(comcheck, "answerBy"))).hasMinutes(5);
        awaitInboxItem(UUID.fromString((String) comcheck.get("id")), "GR", TestTokens.bearer("ncp.gr", "GR", "NCP"));
    }

    @Test
    void shouldStartOneComcheckForARepeatedIdempotencyKey() {
        long before = total();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\":[\"LT\"]}", "Idempotency-Key", key);
        HttpResponse<String> again = http().post("/api/v1/comchecks", COORDINATOR, "{\"countries\":[\"LT\"]}", "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(body(again).get("id")).isEqualTo(body(first).get("id"));
        assertThat(total()).isEqualTo(before + 1);
    }

    private UUID start(String request) {
        HttpResponse<String> created = http().post("/api/v1/comchecks", COORDINATOR, request);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString((String) body(created).get("id"));
    }

    private Map<String, Object> awaitInboxItem(UUID comcheck, String country, String authorization) {
        String alertId = ComcheckItems.alertId(comcheck, country).toString();
        return await().atMost(PATIENCE).until(() -> items(body(http().get("/api/v1/inbox?size=500", authorization))).stream()
                .filter(item -> alertId.equals(item.get("alertId"))).findFirst().orElse(null), item -> item != null);
    }

    private HttpResponse<String> ack(UUID comcheck, String country, String authorization) {
        return http().post("/api/v1/inbox/" + ComcheckItems.alertId(comcheck, country) + "/ack", authorization, "{\"note\":\"here\"}");
    }

    /** An answer as another node publishes it, keyed by the comcheck. */
    private void publishAnswer(CloudEventPublisher publisher, UUID comcheck, String country, String by, Instant startedAt, Instant at) {
        publisher.publish(service.topic("receipts.v1"), comcheck.toString(), UUID.randomUUID(), EventTypes.COMCHECK_ANSWERED, """
                {"comcheckId":"%s","country":"%s","answeredBy":"%s","startedAt":"%s","answeredAt":"%s","mode":"REAL"}"""
                .formatted(comcheck, country, by, startedAt, at));
    }

    private long answeredCount(UUID comcheck) {
        return rows(body(http().get("/api/v1/comchecks/" + comcheck, COORDINATOR))).stream().filter(row -> Boolean.TRUE.equals(row.get("answered"))).count();
    }

    private long total() {
        return ((Number) body(http().get("/api/v1/comchecks", COORDINATOR)).get("total")).longValue();
    }

    private static List<ConsumerRecord<String, byte[]>> answersOf(TopicReader receipts, UUID comcheck) {
        return receipts.ofType(EventTypes.COMCHECK_ANSWERED).stream().filter(r -> comcheck.toString().equals(r.key())).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> fromThisService(List<ConsumerRecord<String, byte[]>> records, String country) {
        return records.stream().filter(r -> ("/cyberplan/contact-points/" + country).equals(TopicReader.header(r, "ce_source"))).toList();
    }

    private static Map<String, Object> nullTimes(Map<String, Object> figures) {
        Map<String, Object> withNulls = new HashMap<>(figures);
        withNulls.put("medianResponseSeconds", null);
        withNulls.put("p90ResponseSeconds", null);
        return withNulls;
    }

    private static Map<String, Object> row(Map<String, Object> comcheck, String country) {
        return rows(comcheck).stream().filter(row -> country.equals(row.get("country"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> comcheck) {
        return (List<Map<String, Object>>) comcheck.get("answers");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("items");
    }

    private static Instant instant(Map<String, Object> object, String field) {
        return Instant.parse((String) object.get(field));
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String mentioned) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains(mentioned);
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
