package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.EventTypes;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An incident's life after its early warning, against real PostgreSQL and Kafka: the NIS2 reports in order (409 out
 * of order, nothing written), their clocks, corrections and retraction with their events, closure, escalation
 * requests, and the duty officer's desk with its filters and TLP rules.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentLifecycleIT implements TestPropertyProvider {

    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");
    private static final String DUTY_LV = TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("incident_reporting");
        return service.properties();
    }

    @Test
    void shouldTakeTheReportsInOrderEachWithOneEvent() throws Exception {
        try (TopicReader incidents = service.reader("incidents.v1")) {
            String id = file("AMBER", Instant.now().minusSeconds(3600), "");
            HttpResponse<String> early = api().post(reports(id), DUTY_EE, "{\"stage\":\"FINAL\",\"summary\":\"done\",\"rootCause\":\"malicious-actions\",\"mitigationsApplied\":\"x\"}");
            assertProblem(early, 409, "after the incident notification");
            assertProblem(api().post(reports(id), DUTY_EE, "{\"stage\":\"INTERMEDIATE\",\"summary\":\"x\"}"), 409, "notification");
            assertProblem(api().post(reports(id), DUTY_LV, "{\"stage\":\"NOTIFICATION\",\"severity\":\"HIGH\"}"), 403, "only the reporting country");
            assertProblem(api().post(reports(id), DUTY_EE, "{\"stage\":\"NOTIFICATION\",\"severity\":\"HIGH\",\"impact\":{\"financialLossEur\":-5}}"),
                    422, "impact.financialLossEur");
            assertProblem(api().post(reports(id), DUTY_EE, "{\"stage\":\"EARLY_WARNING\"}"), 422, "stage");

            HttpResponse<String> notification = api().post(reports(id), DUTY_EE, """
                    {"stage":"NOTIFICATION","severity":"CRITICAL","impact":{"affectedUsers":120000,"durationMinutes":95},
                     "indicators":[{"type":"ipv4-addr","value":"203.0.113.7"},{"type":"domain-name","value":"c2.example.net"}]}""");
            assertThat(notification.statusCode()).as(notification.body()).isEqualTo(201);
            assertProblem(api().post(reports(id), DUTY_EE, "{\"stage\":\"NOTIFICATION\",\"severity\":\"HIGH\"}"), 409, "was submitted at");
            assertProblem(api().post(reports(id), DUTY_EE, "{\"stage\":\"INTERMEDIATE\",\"summary\":\"x\"}"), 409, "no intermediate report was requested");

            Instant due = Instant.now().plus(Duration.ofDays(2));
            assertThat(api().post("/api/v1/incidents/" + id + "/report-requests", DUTY_EE, "{\"dueAt\":\"" + due + "\"}").statusCode()).isEqualTo(200);
            assertThat(api().post(reports(id), DUTY_EE, "{\"stage\":\"INTERMEDIATE\",\"summary\":\"contained in 2 of 3 sites\"}").statusCode()).isEqualTo(201);
            assertProblem(api().post(reports(id), DUTY_EE, "{\"stage\":\"FINAL\",\"summary\":\"done\"}"), 422, "rootCause");
            HttpResponse<String> last = api().post(reports(id), DUTY_EE, """
                    {"stage":"FINAL","summary":"restored","rootCause":"malicious-actions","rootCauseDescription":"phished VPN credentials",
                     "mitigationsApplied":"MFA on VPN, hosts rebuilt","mitigationsOngoing":"monitoring","crossBorderImpact":"LV grid operator alerted"}""");
            assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
            assertProblem(api().post(reports(id), DUTY_EE, "{\"stage\":\"PROGRESS\",\"summary\":\"x\"}"), 409, "final report is in");

            await().atMost(Duration.ofSeconds(30)).until(() -> incidents.records().stream().filter(r -> id.equals(r.key())).count() >= 4);
            List<ConsumerRecord<String, byte[]>> mine = incidents.records().stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(EventTypes.INCIDENT_REPORTED,
                    EventTypes.INCIDENT_REPORT_SUBMITTED, EventTypes.INCIDENT_REPORT_SUBMITTED, EventTypes.INCIDENT_REPORT_SUBMITTED);
            Map<String, Object> notified = json.readValue(mine.get(1).value(), Argument.mapOf(String.class, Object.class));
            assertThat(notified).containsEntry("stage", "NOTIFICATION").containsEntry("changedFields", List.of("severity", "impact", "indicators"));

            Map<String, Object> incident = body(api().get("/api/v1/incidents/" + id, DUTY_EE));
            assertThat(incident).containsEntry("stage", "FINAL").containsEntry("severity", "CRITICAL").containsEntry("rootCause", "malicious-actions");
            assertThat((List<?>) incident.get("indicators")).hasSize(2);
            List<Map<String, Object>> deadlines = list(api().get("/api/v1/incidents/" + id + "/deadlines", DUTY_EE));
            assertThat(deadlines).extracting(d -> d.get("stage") + "=" + d.get("state")).containsExactly("EARLY_WARNING=ON_TIME",
                    "CSIRT_RESPONSE=PENDING", "NOTIFICATION=ON_TIME", "INTERMEDIATE=ON_TIME", "PROGRESS=NOT_REQUESTED", "FINAL=ON_TIME");
            assertThat(list(api().get("/api/v1/incidents/" + id + "/reports", DUTY_EE))).extracting(r -> r.get("stage"))
                    .containsExactly("NOTIFICATION", "INTERMEDIATE", "FINAL");
            assertThat(list(api().get("/api/v1/incidents/" + id + "/versions", DUTY_EE))).extracting(v -> v.get("kind"))
                    .containsExactly("FILED", "REPORT_NOTIFICATION", "INTERMEDIATE_REQUESTED", "REPORT_INTERMEDIATE", "REPORT_FINAL");
        }
    }

    @Test
    void shouldShowALateNotificationAsLateAndTheOverdueOnesOnTheDesk() throws Exception {
        String late = file("GREEN", Instant.now().minus(Duration.ofDays(4)), "");
        String fresh = file("GREEN", Instant.now().minusSeconds(60), "");
        Map<String, Object> overdueDesk = body(api().get("/api/v1/incidents?country=EE&overdue=true&size=500", DUTY_EE));
        assertThat(ids(overdueDesk)).contains(late).doesNotContain(fresh);
        Map<String, Object> lateItem = items(overdueDesk).stream().filter(i -> late.equals(i.get("id"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) lateItem.get("nextDeadline")).containsEntry("stage", "NOTIFICATION").containsEntry("state", "OVERDUE");

        assertThat(api().post(reports(late), DUTY_EE, "{\"stage\":\"NOTIFICATION\",\"severity\":\"HIGH\"}").statusCode()).isEqualTo(201);
        List<Map<String, Object>> deadlines = list(api().get("/api/v1/incidents/" + late + "/deadlines", DUTY_EE));
        assertThat(deadlines.get(0)).containsEntry("stage", "EARLY_WARNING").containsEntry("state", "LATE");
        assertThat(deadlines.get(2)).containsEntry("stage", "NOTIFICATION").containsEntry("state", "LATE");
        assertThat((String) deadlines.get(2).get("text")).startsWith("submitted late by 1 d");
        assertThat(ids(body(api().get("/api/v1/incidents?stage=NOTIFICATION&size=500", DUTY_EE)))).contains(late).doesNotContain(fresh);
        assertProblem(api().get("/api/v1/incidents?country=QQ&status=WHATEVER", DUTY_EE), 422, "status");
    }

    @Test
    void shouldPublishCorrectionsAndRetractionsAndKeepEveryVersion() throws Exception {
        try (TopicReader incidents = service.reader("incidents.v1")) {
            String id = file("AMBER", Instant.now().minusSeconds(600), "");
            assertProblem(api().patch("/api/v1/incidents/" + id, DUTY_EE, "{\"note\":\"typo\",\"rsitClass\":\"ransomware\"}"), 422, "rsitClass");
            assertProblem(api().patch("/api/v1/incidents/" + id, DUTY_LV, "{\"note\":\"mine now\",\"severity\":\"LOW\"}"), 403, "only the reporting country");
            HttpResponse<String> corrected = api().patch("/api/v1/incidents/" + id, DUTY_EE,
                    "{\"note\":\"LT hit as well\",\"severity\":\"CRITICAL\",\"affectedCountries\":[\"LV\",\"LT\"]}");
            assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
            assertThat(body(corrected)).containsEntry("version", 2).containsEntry("severity", "CRITICAL");

            assertProblem(api().post("/api/v1/incidents/" + id + "/retraction", DUTY_EE, "{\"reason\":\"\"}"), 422, "reason");
            assertThat(api().post("/api/v1/incidents/" + id + "/retraction", DUTY_EE, "{\"reason\":\"a backup job, not ransomware\"}").statusCode())
                    .isEqualTo(200);
            assertProblem(api().post("/api/v1/incidents/" + id + "/retraction", DUTY_EE, "{\"reason\":\"again\"}"), 409, "already retracted");
            assertProblem(api().post(reports(id), DUTY_EE, "{\"stage\":\"NOTIFICATION\",\"severity\":\"HIGH\"}"), 409, "retracted");

            await().atMost(Duration.ofSeconds(30)).until(() -> incidents.records().stream().filter(r -> id.equals(r.key())).count() >= 3);
            List<ConsumerRecord<String, byte[]>> mine = incidents.records().stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).extracting(r -> TopicReader.header(r, "ce_type"))
                    .containsExactly(EventTypes.INCIDENT_REPORTED, EventTypes.INCIDENT_UPDATED, EventTypes.INCIDENT_RETRACTED);
            assertThat(new String(mine.get(1).value(), StandardCharsets.UTF_8)).contains("\"severity\"", "\"affectedCountries\"", "LT hit as well");
            assertThat(new String(mine.get(2).value(), StandardCharsets.UTF_8)).contains("a backup job, not ransomware");
            List<Map<String, Object>> versions = list(api().get("/api/v1/incidents/" + id + "/versions", DUTY_EE));
            assertThat(versions).extracting(v -> v.get("kind")).containsExactly("FILED", "CORRECTION", "RETRACTION");
            assertThat(versions.get(1).toString()).contains("severity", "HIGH", "CRITICAL", "duty.ee");
            assertThat(list(api().get("/api/v1/incidents/" + id + "/deadlines", DUTY_EE))).allMatch(d -> !"PENDING".equals(d.get("state")));
        }
    }

    @Test
    void shouldCloseAndEscalateWithTheirEvents() throws Exception {
        try (TopicReader incidents = service.reader("incidents.v1")) {
            String id = file("GREEN", Instant.now().minusSeconds(7200), "");
            assertThat(api().post("/api/v1/incidents/" + id + "/escalation-requests", DUTY_EE, "{\"reason\":\"spreading to LV\"}").statusCode())
                    .isEqualTo(200);
            assertProblem(api().post("/api/v1/incidents/" + id + "/closure", DUTY_EE, "{\"handledAt\":\"2000-01-01T00:00:00Z\"}"), 422, "handledAt");
            assertThat(api().post("/api/v1/incidents/" + id + "/closure", DUTY_EE,
                    "{\"handledAt\":\"" + Instant.now().minusSeconds(60) + "\",\"reason\":\"restored\"}").statusCode()).isEqualTo(200);
            assertProblem(api().post("/api/v1/incidents/" + id + "/escalation-requests", DUTY_EE, "{\"reason\":\"late\"}"), 409, "closed");
            await().atMost(Duration.ofSeconds(30)).until(() -> incidents.records().stream().filter(r -> id.equals(r.key())).count() >= 3);
            assertThat(incidents.records().stream().filter(r -> id.equals(r.key())).map(r -> TopicReader.header(r, "ce_type")).toList())
                    .containsExactly(EventTypes.INCIDENT_REPORTED, EventTypes.INCIDENT_ESCALATION_REQUESTED, EventTypes.INCIDENT_CLOSED);
            assertThat(body(api().get("/api/v1/incidents/" + id, DUTY_EE))).containsEntry("status", "CLOSED");
        }
    }

    @Test
    void shouldListOnlyWhatTheCallerMayReadAndNeverMixExercises() throws Exception {
        String red = file("RED", Instant.now().minusSeconds(60), ",\"recipients\":[\"FI\"]");
        String amber = file("AMBER", Instant.now().minusSeconds(60), "");
        String exercise = fileAs(TestTokens.bearer("svc.exercises", "EU", "EXERCISE_CONTROL"), "GREEN",
                ",\"reporterCountry\":\"EE\",\"mode\":\"EXERCISE\",\"exerciseId\":\"" + java.util.UUID.randomUUID() + "\"");
        assertThat(ids(body(api().get("/api/v1/incidents?size=500", TestTokens.bearer("ncp.fi", "FI", "NCP"))))).contains(red).doesNotContain(amber, exercise);
        assertThat(ids(body(api().get("/api/v1/incidents?size=500", DUTY_LV)))).doesNotContain(red, amber, exercise);
        assertThat(ids(body(api().get("/api/v1/incidents?size=500", TestTokens.bearer("coordinator", "EU", "COORDINATOR"))))).contains(amber).doesNotContain(red);
        assertThat(ids(body(api().get("/api/v1/incidents?size=500", DUTY_EE)))).contains(red, amber).doesNotContain(exercise);
        assertThat(ids(body(api().get("/api/v1/incidents?mode=EXERCISE&size=500", DUTY_EE)))).containsExactly(exercise);
    }

    private String file(String tlp, Instant awareAt, String extra) throws IOException {
        return fileAs(DUTY_EE, tlp, ",\"awareAt\":\"" + awareAt + "\"" + extra);
    }

    private String fileAs(String token, String tlp, String extra) throws IOException {
        String body = """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"%s","pap":"AMBER","affectedCountries":["LV"],
                 "crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]%s}""".formatted(tlp, extra.contains("awareAt") ? extra
                : ",\"awareAt\":\"" + Instant.now().minusSeconds(60) + "\"" + extra);
        HttpResponse<String> filed = api().post("/api/v1/incidents", token, body);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return (String) body(filed).get("id");
    }

    private static String reports(String id) {
        return "/api/v1/incidents/" + id + "/reports";
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String mentions) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(response.body()).contains(mentions);
    }

    private Map<String, Object> body(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private List<Map<String, Object>> list(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readValue(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(i -> i.get("id")).toList();
    }
}
