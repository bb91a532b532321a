package eu.cyberplan.escalation.checklist;

import eu.cyberplan.escalation.IncidentFixtures;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static eu.cyberplan.testing.TestJson.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The national side as the European plan sees it, against real PostgreSQL and Kafka: plan.approved gives each country's
 * plan status on GET /plan and the capabilities assistance requests suggest; checklist.progressed shows per country on
 * the case and travels with the next situation report.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalPlansOnCasesIT implements TestPropertyProvider {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        return service.properties();
    }

    @BeforeAll
    void plansApproved() {
        try (CloudEventPublisher directory = service.publisher()) {
            approve(directory, "EE", 2, NOW.minus(Duration.ofDays(10)), "FORENSICS");
            approve(directory, "FI", 1, NOW.minus(Duration.ofDays(30)), "FORENSICS");
            approve(directory, "LV", 1, NOW.minus(Duration.ofDays(400)), "FORENSICS");
            approve(directory, "LT", 3, NOW.minus(Duration.ofDays(1)), "REPAIR");
            // A redelivered older version (a replay of the compacted topic) never goes back.
            approve(directory, "EE", 1, NOW.minus(Duration.ofDays(500)), "OTHER");
        }
        await().atMost(PATIENCE).until(() -> nationalPlan("LT").get("version") != null && nationalPlan("EE").get("version") != null);
    }

    @Test
    void shouldListEveryMemberWithWhetherItsPlanIsApprovedAndCurrent() {
        Map<String, Object> plan = body(http().get("/api/v1/plan", TestTokens.bearer("ncp.de", "DE", "NCP")));
        assertThat(plan).containsKeys("version", "acknowledgementSla", "levels", "caseOpening");
        assertThat(nationalPlans(plan)).hasSize(30);
        assertThat(nationalPlan("EE")).containsEntry("approved", true).containsEntry("current", true).containsEntry("version", 2)
                .containsEntry("approvedBy", "owner.ee").containsEntry("playbookClasses", List.of("intrusions", "malicious-code"));
        assertThat(nationalPlan("LV")).as("approved 400 days ago").containsEntry("approved", true).containsEntry("current", false);
        assertThat(nationalPlan("DE")).containsEntry("approved", false).containsEntry("current", false).containsEntry("version", null);
    }

    @Test
    void shouldShowEachCountrysProgressOnTheCaseAndInTheNextSituationReport() {
        UUID incident = openCase();
        UUID checklist = UUID.randomUUID();
        try (CloudEventPublisher contactPoints = service.publisher(); TopicReader protocol = service.reader("protocol.v1")) {
            progressed(contactPoints, incident, checklist, "EE", 4, 6, 1, 5, 1, NOW.plusSeconds(20));
            progressed(contactPoints, incident, UUID.randomUUID(), "LV", 1, 4, 0, 2, 0, NOW.plusSeconds(5));
            // An older progress arriving late (same key, same partition, so it is handled after the newer one).
            progressed(contactPoints, incident, checklist, "EE", 3, 6, 1, 5, 2, NOW.plusSeconds(10));
            await().atMost(PATIENCE).until(() -> checklists(body(http().get("/api/v1/cases/" + incident, COORDINATOR))).size() == 2);
            List<Map<String, Object>> onCase = checklists(body(http().get("/api/v1/cases/" + incident, TestTokens.bearer("ncp.lv", "LV", "NCP"))));
            assertThat(onCase.get(0)).containsEntry("country", "EE").containsEntry("containment", "4/6").containsEntry("repair", "1/5")
                    .containsEntry("overdueSteps", 1).containsEntry("planVersion", 2).containsEntry("checklistId", checklist.toString())
                    .containsEntry("reportedSteps", List.of(Map.of("stepId", "containment-1", "phase", "CONTAINMENT", "title", "Isolate the hosts",
                            "doneBy", "duty", "doneAt", NOW.plusSeconds(20).toString())));
            assertThat(onCase.get(1)).containsEntry("country", "LV").containsEntry("containment", "1/4").containsEntry("repair", "0/2");

            HttpResponse<String> sitrep = http().post("/api/v1/cases/" + incident + "/situation-reports", COORDINATOR, """
                    {"impactSeverity":"yellow","impactOutlook":"improving","affectedCountries":["LV","LT"],"sectors":["energy"],
                     "rootCause":"malicious-actions","text":"containment under way"}""");
            assertThat(sitrep.statusCode()).as(sitrep.body()).isEqualTo(201);
            assertThat(checklists(body(sitrep))).extracting(c -> c.get("country") + " " + c.get("containment") + " " + c.get("repair"))
                    .containsExactly("EE 4/6 1/5", "LV 1/4 0/2");
            await().atMost(PATIENCE).until(() -> protocol.ofType(EventTypes.SITUATION_REPORT_PUBLISHED).stream().anyMatch(r -> incident.toString().equals(r.key())));
            Map<String, Object> published = value(protocol.ofType(EventTypes.SITUATION_REPORT_PUBLISHED).stream()
                    .filter(r -> incident.toString().equals(r.key())).findFirst().orElseThrow().value());
            assertThat(checklists(published)).containsExactly(
                    Map.of("country", "EE", "planVersion", 2, "containment", "4/6", "repair", "1/5", "overdueSteps", 1),
                    Map.of("country", "LV", "planVersion", 1, "containment", "1/4", "repair", "0/2", "overdueSteps", 0));

            progressed(contactPoints, incident, checklist, "EE", 6, 6, 2, 5, 0, NOW.plusSeconds(60));
            await().atMost(PATIENCE).until(() -> checklists(body(http().get("/api/v1/cases/" + incident, COORDINATOR))).get(0).get("containment").equals("6/6"));
            HttpResponse<String> next = http().post("/api/v1/cases/" + incident + "/situation-reports", COORDINATOR,
                    "{\"impactSeverity\":\"green\",\"impactOutlook\":\"improving\"}");
            assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
            assertThat(checklists(body(next)).get(0)).containsEntry("containment", "6/6").containsEntry("repair", "2/5");
            List<Map<String, Object>> reports = list(http().get("/api/v1/cases/" + incident + "/situation-reports", COORDINATOR));
            assertThat(checklists(reports.get(0)).get(0)).as("a published report keeps the progress of its moment").containsEntry("containment", "4/6");
            assertThat(checklists(reports.get(1)).get(0)).containsEntry("containment", "6/6");
        }
    }

    @Test
    void shouldSuggestTheCountriesWhosePlansDeclareTheKindOfAssistanceAsked() {
        UUID incident = openCase();
        String requests = "/api/v1/cases/" + incident + "/assistance-requests";
        HttpResponse<String> asked = http().post(requests, TestTokens.bearer("ncp.lv", "LV", "NCP"), "{\"kind\":\"FORENSICS\",\"needs\":\"memory images\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        Map<String, Object> request = body(asked);
        assertThat(suggestions(request)).extracting(s -> s.get("country")).as("current plans with FORENSICS, never the asker")
                .containsExactly("EE", "FI");
        assertThat(suggestions(request).get(0)).containsEntry("planVersion", 2).containsEntry("contact", "cert@cert.ee.example");
        String offers = requests + "/" + request.get("id") + "/offers";
        HttpResponse<String> fromLt = http().post(offers, TestTokens.bearer("ncp.lt", "LT", "NCP"), "{\"capability\":\"one analyst\"}");
        assertThat(body(fromLt)).containsEntry("declaredInPlan", false);
        HttpResponse<String> fromEe = http().post(offers, TestTokens.bearer("ncp.ee", "EE", "NCP"), "{\"capability\":\"two analysts on site\"}");
        assertThat(body(fromEe)).containsEntry("declaredInPlan", true);
        Map<String, Object> listed = list(http().get(requests, COORDINATOR)).get(0);
        assertThat(suggestions(listed)).extracting(s -> s.get("country")).containsExactly("EE", "FI");
    }

    private UUID openCase() {
        UUID incident = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                    IncidentFixtures.reported(incident, "HIGH", "[\"LV\",\"LT\"]"));
        }
        await().atMost(PATIENCE).until(() -> "2".equals(at(http().get("/api/v1/cases/" + incident, COORDINATOR).body(), "counts", "recipients")));
        return incident;
    }

    private void approve(CloudEventPublisher directory, String country, int version, Instant at, String kind) {
        String cc = country.toLowerCase();
        directory.publish(service.topic("directory.v1"), country + "/plan.approved", UUID.randomUUID(), EventTypes.PLAN_APPROVED, """
                {"country":"%s","version":%d,"approvedBy":"owner.%s","approvedAt":"%s",
                 "capabilities":[{"kind":"%s","conditions":"within 24 h","contact":"cert@cert.%s.example"}],
                 "playbookClasses":["intrusions","malicious-code"],"supersededVersion":null}""".formatted(country, version, cc, at, kind, cc));
    }

    private void progressed(CloudEventPublisher publisher, UUID incident, UUID checklist, String country, int cDone, int cTotal, int rDone,
                            int rTotal, int overdue, Instant at) {
        publisher.publish(service.topic("receipts.v1"), incident.toString(), UUID.randomUUID(), EventTypes.CHECKLIST_PROGRESSED, """
                {"checklistId":"%s","incidentId":"%s","country":"%s","planVersion":%d,"containmentDone":%d,"containmentTotal":%d,
                 "repairDone":%d,"repairTotal":%d,"overdueSteps":%d,"stepId":"containment-1","tickedBy":"duty","tickedAt":"%s","mode":"REAL",
                 "reportedSteps":[{"stepId":"containment-1","phase":"CONTAINMENT","title":"Isolate the hosts","doneBy":"duty","doneAt":"%s"}]}"""
                .formatted(checklist, incident, country, "EE".equals(country) ? 2 : 1, cDone, cTotal, rDone, rTotal, overdue, at, at));
    }

    private Map<String, Object> nationalPlan(String country) {
        return nationalPlans(body(http().get("/api/v1/plan", COORDINATOR))).stream().filter(p -> country.equals(p.get("country"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nationalPlans(Map<String, Object> plan) {
        return (List<Map<String, Object>>) plan.get("nationalPlans");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> checklists(Map<String, Object> holder) {
        return (List<Map<String, Object>>) holder.get("checklists");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> suggestions(Map<String, Object> request) {
        return (List<Map<String, Object>>) request.get("suggestions");
    }

    private List<Map<String, Object>> list(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return json.readValue(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return value(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Map<String, Object> value(byte[] bytes) {
        try {
            return json.readValue(bytes, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestHttp http() {
        return new TestHttp(server.getURL());
    }
}
