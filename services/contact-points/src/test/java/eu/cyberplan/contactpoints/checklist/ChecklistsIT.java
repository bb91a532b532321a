package eu.cyberplan.contactpoints.checklist;

import eu.cyberplan.testing.DatabaseSettings;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Playbook checklists against real PostgreSQL and Kafka, on the demo federation's approved plans: attached when a
 * country files an incident or receives its alert (whichever topic is read first), ticked by the country's people only,
 * published as checklist.progressed, kept on the plan version they were opened under, exercise ones out of real views.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecklistsIT implements TestPropertyProvider {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");

    private ServiceUnderTest service;

    @Inject
    DataSource dataSource;
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
    void shouldSendBatchedInsertsAsMultiRowStatements() throws SQLException {
        assertThat(DatabaseSettings.rewritesBatchedInserts(dataSource)).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAttachTheReportersChecklistFlagOverdueStepsAndLetOnlyItsPeopleTickThem() {
        UUID incident = UUID.randomUUID();
        Instant aware = Instant.now().minus(Duration.ofMinutes(100)).truncatedTo(ChronoUnit.SECONDS);
        publishIncident(incident, "EE", "malicious-code", "infected-system", aware, null);
        Map<String, Object> checklist = awaitChecklist(incident, DUTY_EE, "REAL");
        assertThat(checklist).containsEntry("country", "EE").containsEntry("planVersion", 1).containsEntry("mode", "REAL")
                .containsEntry("rsitType", "infected-system").containsEntry("startedAt", aware.toString());
        List<Map<String, Object>> steps = steps(checklist);
        assertThat(steps).extracting(s -> s.get("id")).containsExactly("containment-1", "containment-2", "containment-3", "containment-4",
                "repair-1", "repair-2");
        assertThat(steps).extracting(s -> s.get("overdue")).containsExactly(true, true, false, false, false, false);
        assertThat(steps.get(0)).containsEntry("dueAt", aware.plus(Duration.ofMinutes(30)).toString()).containsEntry("ownerRole", "DUTY_OFFICER");
        assertThat(progress(checklist)).containsEntry("containment", "0/4").containsEntry("repair", "0/2").containsEntry("overdueSteps", 2);

        String id = (String) checklist.get("id");
        String tick = "/api/v1/checklists/" + id + "/steps/containment-1/tick";
        try (TopicReader receipts = service.reader("receipts.v1")) {
            assertProblem(http().post(tick, TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"), "{\"note\":\"not ours\"}"), 403);
            assertProblem(http().post(tick, TestTokens.bearer("coordinator", "EU", "COORDINATOR"), "{}"), 403);
            assertProblem(http().post("/api/v1/checklists/" + id + "/steps/containment-9/tick", DUTY_EE, "{}"), 404);
            assertProblem(http().post("/api/v1/checklists/" + UUID.randomUUID() + "/steps/containment-1/tick", DUTY_EE, "{}"), 404);
            HttpResponse<String> ticked = http().post(tick, DUTY_EE, "{\"note\":\"hosts isolated at 03:40\"}");
            assertThat(ticked.statusCode()).as(ticked.body()).isEqualTo(200);
            Map<String, Object> after = body(ticked);
            assertThat(steps(after).get(0)).containsEntry("done", true).containsEntry("doneBy", "duty.ee")
                    .containsEntry("note", "hosts isolated at 03:40").containsEntry("overdue", false);
            assertThat(progress(after)).containsEntry("containment", "1/4").containsEntry("overdueSteps", 1);
            HttpResponse<String> again = http().post(tick, TestTokens.bearer("ncp.ee", "EE", "NCP"), "{\"note\":\"again\"}");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(steps(body(again)).get(0)).as("the first tick stands").isEqualTo(steps(after).get(0));

            await().atMost(PATIENCE).until(() -> receipts.ofType(EventTypes.CHECKLIST_PROGRESSED).stream().anyMatch(r -> incident.toString().equals(r.key())));
            List<Map<String, Object>> progressed = receipts.ofType(EventTypes.CHECKLIST_PROGRESSED).stream()
                    .filter(r -> incident.toString().equals(r.key())).map(r -> value(r.value())).toList();
            assertThat(progressed).as("one event per tick that changed something").hasSize(1);
            assertThat(progressed.get(0)).containsEntry("country", "EE").containsEntry("containmentDone", 1).containsEntry("containmentTotal", 4)
                    .containsEntry("repairDone", 0).containsEntry("repairTotal", 2).containsEntry("stepId", "containment-1")
                    .containsEntry("tickedBy", "duty.ee").containsEntry("checklistId", id).containsEntry("mode", "REAL");
            assertThat((List<?>) progressed.get(0).get("reportedSteps")).as("the plan reports this step to the EU level").hasSize(1);
            assertThat(((List<Map<String, Object>>) progressed.get(0).get("reportedSteps")).get(0))
                    .containsEntry("stepId", "containment-1").containsEntry("title", "Isolate the infected systems from the network")
                    .containsEntry("doneBy", "duty.ee");
        }
        assertThat(items(http().get("/api/v1/checklists?incidentId=" + incident, TestTokens.bearer("ncp.lv", "LV", "NCP")))).isEmpty();
        assertThat(items(http().get("/api/v1/checklists?incidentId=" + incident, TestTokens.bearer("coordinator", "EU", "COORDINATOR")))).hasSize(1);
        assertProblem(http().get("/api/v1/checklists?mode=DRILL", DUTY_EE), 422);
    }

    @Test
    void shouldAttachARecipientsChecklistWhenItsAlertArrivesBeforeOrAfterTheIncident() {
        UUID incident = UUID.randomUUID();
        Instant early = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publishAlert(incident, "LT", early, null);
        publishIncident(incident, "DE", "intrusions", "burglary", early.minusSeconds(3600), null);
        Map<String, Object> lt = awaitChecklist(incident, TestTokens.bearer("ncp.lt", "LT", "NCP"), "REAL");
        assertThat(lt).containsEntry("startedAt", early.toString()).containsEntry("rsitType", null).containsEntry("rsitClass", "intrusions");
        assertThat(steps(lt)).hasSize(4);
        publishAlert(incident, "FI", early.plusSeconds(5), null);
        assertThat(awaitChecklist(incident, TestTokens.bearer("ncp.fi", "FI", "NCP"), "REAL")).containsEntry("startedAt", early.plusSeconds(5).toString());
        awaitChecklist(incident, TestTokens.bearer("duty.de", "DE", "DUTY_OFFICER"), "REAL");
    }

    @Test
    void shouldMoveTheChecklistToTheNewPlaybookWhenACorrectionReclassifiesTheIncidentKeepingWhatWasDone() {
        UUID incident = UUID.randomUUID();
        UUID reference = UUID.randomUUID();
        Instant aware = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        publishIncident(incident, "EE", "malicious-code", "infected-system", aware, null);
        publishIncident(reference, "EE", "intrusions", "burglary", aware, null);
        Map<String, Object> before = awaitChecklist(incident, DUTY_EE, "REAL");
        List<Object> intrusionSteps = steps(awaitChecklist(reference, DUTY_EE, "REAL")).stream().map(step -> step.get("id")).toList();
        assertThat(http().post("/api/v1/checklists/" + before.get("id") + "/steps/containment-1/tick", DUTY_EE, "{\"note\":\"isolated\"}")
                .statusCode()).isEqualTo(200);

        for (int redelivery = 0; redelivery < 2; redelivery++) {
            try (CloudEventPublisher publisher = service.publisher()) {
                publisher.publish(service.topic("incidents.v1"), incident.toString(), new UUID(0, incident.getLeastSignificantBits()),
                        EventTypes.INCIDENT_UPDATED, """
                                {"incidentId":"%s","reference":"EE-2026-000042","reporterCountry":"EE","version":2,"changedFields":["rsitClass","rsitType"],
                                 "title":"Incident at an operator","severity":"HIGH","tlp":"AMBER","pap":"AMBER","rsitClass":"intrusions",
                                 "rsitType":"burglary","affectedCountries":["LV"],"crossBorder":true,"recipients":[],"significant":false,
                                 "updatedBy":"duty.ee","updatedAt":"%s","mode":"REAL","previousTlp":"AMBER","previousRecipients":[]}"""
                                .formatted(incident, Instant.now()));
            }
        }

        Map<String, Object> after = await().atMost(PATIENCE).until(() -> awaitChecklist(incident, DUTY_EE, "REAL"),
                checklist -> "intrusions".equals(checklist.get("rsitClass")));
        assertThat(after.get("id")).as("the same checklist, moved").isEqualTo(before.get("id"));
        List<Map<String, Object>> steps = steps(after);
        assertThat(steps.get(0)).as("what was done stays, as history")
                .containsEntry("id", "containment-1@malicious-code/infected-system#0").containsEntry("done", true).containsEntry("doneBy", "duty.ee");
        assertThat(steps.subList(1, steps.size())).extracting(step -> step.get("id")).as("then the new playbook, undone")
                .containsExactlyElementsOf(intrusionSteps);
        assertThat(steps.subList(1, steps.size())).extracting(step -> step.get("done")).containsOnly(false);
    }

    @Test
    void shouldAttachNoChecklistWhenThePlanHasNoPlaybookForTheClass() {
        // HR's demo plan covers 8 of the 11 RSIT classes: "vulnerable" is not among them.
        UUID uncovered = UUID.randomUUID();
        UUID covered = UUID.randomUUID();
        String hr = TestTokens.bearer("duty.hr", "HR", "DUTY_OFFICER");
        try (CloudEventPublisher publisher = service.publisher()) {
            // One record key, one partition: once the second checklist is there, the first event has been handled too.
            publisher.publish(service.topic("incidents.v1"), "HR-key", UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    incidentJson(uncovered, "HR", "vulnerable", "weak-crypto", Instant.now(), null));
            publisher.publish(service.topic("incidents.v1"), "HR-key", UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    incidentJson(covered, "HR", "fraud", "phishing", Instant.now(), null));
        }
        awaitChecklist(covered, hr, "REAL");
        assertThat(items(http().get("/api/v1/checklists?incidentId=" + uncovered, hr))).isEmpty();
    }

    @Test
    void shouldKeepTheChecklistOfTheVersionAnIncidentWasOpenedUnder() {
        String owner = TestTokens.bearer("owner.cz", "CZ", "PLAN_OWNER");
        String duty = TestTokens.bearer("duty.cz", "CZ", "DUTY_OFFICER");
        UUID before = UUID.randomUUID();
        publishIncident(before, "CZ", "availability", "ddos", Instant.now(), null);
        Map<String, Object> old = awaitChecklist(before, duty, "REAL");
        assertThat(old).containsEntry("planVersion", 1);

        HttpResponse<String> draft = http().post("/api/v1/countries/CZ/plan/versions", owner, """
                {"playbooks":[{"rsitClass":"availability","rsitType":"ddos","steps":[
                  {"phase":"CONTAINMENT","title":"Divert traffic to the scrubbing centre","targetMinutes":15,"reportToEu":true}]}]}""");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        assertThat(http().post("/api/v1/countries/CZ/plan/versions/2/approval", owner, "").statusCode()).isEqualTo(200);

        UUID after = UUID.randomUUID();
        publishIncident(after, "CZ", "availability", "ddos", Instant.now(), null);
        Map<String, Object> fresh = awaitChecklist(after, duty, "REAL");
        assertThat(fresh).containsEntry("planVersion", 2);
        assertThat(steps(fresh)).extracting(s -> s.get("title")).containsExactly("Divert traffic to the scrubbing centre");
        Map<String, Object> unchanged = items(http().get("/api/v1/checklists?incidentId=" + before, duty)).get(0);
        assertThat(unchanged).containsEntry("planVersion", 1).containsEntry("id", old.get("id"));
        assertThat(steps(unchanged)).extracting(s -> s.get("title")).isEqualTo(steps(old).stream().map(s -> s.get("title")).toList());
        assertThat(http().post("/api/v1/checklists/" + old.get("id") + "/steps/containment-1/tick", duty, "{}").statusCode())
                .as("its steps are still ticked").isEqualTo(200);
    }

    @Test
    void shouldKeepExerciseChecklistsOutOfRealViews() {
        UUID exercise = UUID.randomUUID();
        UUID incident = UUID.randomUUID();
        publishIncident(incident, "EE", "malicious-code", "c2-server", Instant.now(), exercise);
        Map<String, Object> drill = awaitChecklist(incident, DUTY_EE, "EXERCISE");
        assertThat(drill).containsEntry("mode", "EXERCISE").containsEntry("exerciseId", exercise.toString()).containsEntry("rsitType", null);
        assertThat(items(http().get("/api/v1/checklists?incidentId=" + incident, DUTY_EE))).as("the real view").isEmpty();
        assertThat(items(http().get("/api/v1/checklists", DUTY_EE))).noneMatch(c -> incident.toString().equals(c.get("incidentId")));
        try (TopicReader exerciseReceipts = service.reader("receipts.v1.exercise")) {
            assertThat(http().post("/api/v1/checklists/" + drill.get("id") + "/steps/containment-1/tick", DUTY_EE, "{}").statusCode()).isEqualTo(200);
            await().atMost(PATIENCE).until(() -> exerciseReceipts.ofType(EventTypes.CHECKLIST_PROGRESSED).stream()
                    .anyMatch(r -> incident.toString().equals(r.key()) && exercise.toString().equals(TopicReader.header(r, "ce_cpexercise"))));
        }
    }

    private void publishIncident(UUID incident, String reporter, String rsitClass, String rsitType, Instant aware, UUID exercise) {
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("incidents.v1" + (exercise == null ? "" : ".exercise")), incident.toString(), UUID.randomUUID(),
                    EventTypes.INCIDENT_REPORTED, incidentJson(incident, reporter, rsitClass, rsitType, aware, exercise), exercise);
        }
    }

    private void publishAlert(UUID incident, String country, Instant dispatched, UUID exercise) {
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("alerts.v1" + (exercise == null ? "" : ".exercise")), incident.toString(), UUID.randomUUID(),
                    EventTypes.ALERT_DISPATCHED, """
                            {"alertId":"%s","incidentId":"%s","country":"%s","kind":"ALERT","severity":"HIGH","tlp":"AMBER","mode":"%s",
                             "exerciseId":%s,"title":"Intrusion at a DE operator","level":"TECHNICAL","reporterCountry":"DE",
                             "dispatchedAt":"%s","ackDeadline":"%s"}"""
                            .formatted(UUID.randomUUID(), incident, country, exercise == null ? "REAL" : "EXERCISE",
                                    exercise == null ? "null" : "\"" + exercise + "\"", dispatched, dispatched.plusSeconds(3600)), exercise);
        }
    }

    static String incidentJson(UUID incident, String reporter, String rsitClass, String rsitType, Instant aware, UUID exercise) {
        return """
                {"incidentId":"%s","reference":"%s-2026-000042","reporterCountry":"%s","title":"Incident at an operator",
                 "severity":"HIGH","tlp":"AMBER","pap":"AMBER","rsitClass":"%s","rsitType":"%s",
                 "affectedCountries":["LV"],"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"recipients":[],
                 "awareAt":"%s","reportedAt":"%s","reportedBy":"duty","mode":"%s","exerciseId":%s,"significant":false,"exerciseCompression":%s}"""
                .formatted(incident, reporter, reporter, rsitClass, rsitType, aware, Instant.now(), exercise == null ? "REAL" : "EXERCISE",
                        exercise == null ? "null" : "\"" + exercise + "\"", exercise == null ? "null" : "1");
    }

    private Map<String, Object> awaitChecklist(UUID incident, String authorization, String mode) {
        return await().atMost(PATIENCE).until(() -> items(http().get("/api/v1/checklists?mode=" + mode + "&incidentId=" + incident, authorization))
                .stream().findFirst().orElse(null), c -> c != null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> checklist) {
        return (List<Map<String, Object>>) checklist.get("steps");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> progress(Map<String, Object> checklist) {
        return (Map<String, Object>) checklist.get("progress");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) body(response).get("items");
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        return value(response.body().getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> value(byte[] bytes) {
        try {
            return json.readValue(bytes, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
