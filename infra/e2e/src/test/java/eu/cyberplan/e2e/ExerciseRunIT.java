package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Cyber Europe–style drill across every service in its own JVM: a 3-country scenario of 10 injects at 60× runs to
 * ENDEX through the real pipeline, LV and LT played by the simulated responder, EE by nobody; a real incident runs
 * beside it. The report scores what happened; no real view shows any of the exercise, and the real alert keeps its
 * real deadline and stays unanswered by the simulation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExerciseRunIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Api api = new Api(http);
    private Federation federation;

    @BeforeAll
    void startStack() throws Exception {
        federation = Federation.start(http);
    }

    @AfterAll
    void stopStack() throws Exception {
        if (federation != null) {
            federation.close();
        }
    }

    private static final String SCENARIO = """
            {"name": "Baltic Blackout", "participants": ["EE", "LV", "LT"], "compression": 60,
             "simulatedParticipants": {"countries": ["LV", "LT"], "delay": {"distribution": "UNIFORM", "minSeconds": 60, "maxSeconds": 240}},
             "injects": [
               {"ref": "I1", "offsetSeconds": 0, "country": "EE", "kind": "INCIDENT", "title": "Wiper at the EE grid operator",
                "payload": {"severity": "CRITICAL", "rsitClass": "malicious-code", "rsitType": "infected-system", "sectors": ["energy"]},
                "expectedAction": "ACK LV WITHIN 15m; LEVEL OPERATIONAL WITHIN 30m"},
               {"ref": "I2", "offsetSeconds": 60, "country": "LV", "kind": "INCIDENT", "title": "DDoS on LV government portals",
                "payload": {"severity": "HIGH", "rsitClass": "availability", "rsitType": "ddos", "affectedCountries": ["EE"]},
                "expectedAction": "ACK EE WITHIN 15m"},
               {"offsetSeconds": 120, "country": "LV", "kind": "MESSAGE", "title": "Press enquiry", "payload": {"text": "A journalist asks about outages"}},
               {"offsetSeconds": 180, "country": "LT", "kind": "SITUATION_UPDATE", "title": "Blackout spreads", "payload": {"text": "Vilnius affected"}},
               {"offsetSeconds": 240, "country": "LT", "kind": "COMCHECK", "title": "Comcheck LT"},
               {"offsetSeconds": 300, "country": "EE", "kind": "MESSAGE", "title": "Minister asks for a briefing"},
               {"ref": "I7", "offsetSeconds": 360, "country": "LT", "kind": "INCIDENT", "title": "Phishing wave on LT banks",
                "payload": {"severity": "MEDIUM", "rsitClass": "fraud", "rsitType": "phishing", "affectedCountries": ["LV"]},
                "expectedAction": "ACK LV WITHIN 30m"},
               {"offsetSeconds": 420, "country": "EE", "kind": "SITUATION_UPDATE", "title": "Grid partly restored"},
               {"offsetSeconds": 480, "country": "LV", "kind": "MESSAGE", "title": "Hand over to the night shift"},
               {"offsetSeconds": 540, "country": "LT", "kind": "MESSAGE", "title": "ENDEX in 10 minutes"}
             ]}""";

    @Test
    void shouldRunADrillToEndexBesideARealIncidentAndScoreIt() {
        String planner = api.login(federation.contactPoints, "planner");
        String coordinator = api.login(federation.contactPoints, "coordinator");
        String dutyEe = api.login(federation.contactPoints, "duty.ee");
        String ncpLv = api.login(federation.contactPoints, "ncp.lv");
        String ncpEe = api.login(federation.contactPoints, "ncp.ee");

        Api.Reply created = api.post(federation.exercises.url("/api/v1/exercises"), planner, SCENARIO);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String exercise = created.body().get("id").asText();
        assertThat(api.post(federation.exercises.url("/api/v1/exercises/" + exercise + "/start"), planner, "").status()).isEqualTo(200);

        Api.Reply real = api.post(federation.incidentReporting.url("/api/v1/incidents"), dutyEe, """
                {"title":"Real ransomware at EE port","summary":"real","awareAt":"%s","severity":"HIGH","rsitClass":"malicious-code",
                 "rsitType":"infected-system","tlp":"AMBER","pap":"AMBER","affectedCountries":["LV"],"crossBorder":true}"""
                .formatted(Instant.now().minusSeconds(600)));
        assertThat(real.status()).as(real.toString()).isEqualTo(201);
        String realIncident = real.body().get("id").asText();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(api.get(federation.exercises.url("/api/v1/exercises/" + exercise), planner).body().get("progress").get("released").asInt())
                        .isEqualTo(10));
        // The case of I1, found in the exercise view of the cases, is raised by the coordinator (expected within 30 min).
        JsonNode i1 = exerciseCase(coordinator, "EE");
        assertThat(i1.get("mode").asText()).isEqualTo("EXERCISE");
        Api.Reply raised = api.post(federation.escalation.url("/api/v1/cases/" + i1.get("incidentId").asText() + "/level"), coordinator,
                "{\"level\":\"OPERATIONAL\",\"reason\":\"drill: EU-CyCLONe activated\"}");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);

        // LV and LT answer through the simulated responder; EE's own alert (from I2) stays unanswered.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode report = api.get(federation.exercises.url("/api/v1/exercises/" + exercise + "/report"), planner).body();
            assertThat(scores(report)).contains("ACKNOWLEDGE LV I1 MET", "ACKNOWLEDGE LV I7 MET", "LEVEL null I1 MET");
        });
        JsonNode ended = api.post(federation.exercises.url("/api/v1/exercises/" + exercise + "/end"), planner, "").body();
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");

        JsonNode report = api.get(federation.exercises.url("/api/v1/exercises/" + exercise + "/report"), planner).body();
        assertThat(scores(report)).containsExactly("ACKNOWLEDGE LV I1 MET", "LEVEL null I1 MET", "ACKNOWLEDGE EE I2 MISSED", "ACKNOWLEDGE LV I7 MET");
        assertThat(report.get("overall").get("met").asInt()).isEqualTo(3);
        assertThat(report.get("overall").get("missed").asInt()).isEqualTo(1);
        Map<String, JsonNode> countries = new HashMap<>();
        report.get("countries").forEach(c -> countries.put(c.get("country").asText(), c));
        assertThat(countries.get("LV").get("acknowledged").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(countries.get("LV").get("medianSeconds").asLong()).as("the responder answers 1–4 min into exercise time").isBetween(30L, 400L);
        assertThat(countries.get("EE").get("acknowledged").asInt()).isZero();
        assertThat(report.get("escalations")).anySatisfy(e -> assertThat(e.get("level").asText()).isEqualTo("OPERATIONAL"));

        // Exercise traffic shows in the exercise views, marked, with deadlines divided by the compression …
        JsonNode exerciseInbox = api.get(federation.contactPoints.url("/api/v1/inbox?mode=EXERCISE&size=100"), ncpLv).body().get("items");
        assertThat(exerciseInbox).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("mode").asText()).isEqualTo("EXERCISE");
            assertThat(item.get("title").asText()).startsWith("EXERCISE EXERCISE EXERCISE");
        });
        assertThat(exerciseInbox).anySatisfy(item -> assertThat(item.get("kind").asText()).isEqualTo("MESSAGE"));
        JsonNode critical = first(exerciseInbox, item -> "ALERT".equals(item.get("kind").asText()) && "CRITICAL".equals(item.get("severity").asText()));
        assertThat(Duration.between(Instant.parse(critical.get("dispatchedAt").asText()), Instant.parse(critical.get("ackDeadline").asText())))
                .as("15 min for a critical alert at 60× = 15 s").isEqualTo(Duration.ofSeconds(15));

        // … and never in a real one.
        JsonNode realInbox = api.get(federation.contactPoints.url("/api/v1/inbox?size=100"), ncpLv).body().get("items");
        assertThat(realInbox).allSatisfy(item -> assertThat(item.get("mode").asText()).isEqualTo("REAL"));
        JsonNode realAlert = first(realInbox, item -> realIncident.equals(item.get("incidentId").asText()));
        assertThat(realAlert.get("status").asText()).as("the simulation never answers a real alert").isEqualTo("NEW");
        assertThat(Duration.between(Instant.parse(realAlert.get("dispatchedAt").asText()), Instant.parse(realAlert.get("ackDeadline").asText())))
                .as("the real HIGH alert keeps its hour").isEqualTo(Duration.ofHours(1));
        assertThat(api.get(federation.contactPoints.url("/api/v1/inbox?size=100"), ncpEe).body().get("items"))
                .allSatisfy(item -> assertThat(item.get("mode").asText()).isEqualTo("REAL"));
        JsonNode realCases = api.get(federation.escalation.url("/api/v1/cases?size=100"), coordinator).body();
        assertThat(realCases.get("items")).allSatisfy(c -> assertThat(c.get("mode").asText()).isEqualTo("REAL"));
        assertThat(realCases.get("items")).anySatisfy(c -> assertThat(c.get("incidentId").asText()).isEqualTo(realIncident));
        JsonNode realIncidents = api.get(federation.incidentReporting.url("/api/v1/incidents?size=100"), dutyEe).body().get("items");
        assertThat(realIncidents).allSatisfy(i -> assertThat(i.get("mode").asText()).isEqualTo("REAL"));
        assertThat(realIncidents).hasSize(1);
        JsonNode realCase = api.get(federation.escalation.url("/api/v1/cases/" + realIncident), coordinator).body();
        assertThat(realCase.get("level").asText()).as("the drill's escalation never touches the real case").isEqualTo("TECHNICAL");

        Api.Reply page = api.get(federation.exercises.url("/api/v1/exercises/" + exercise + "/report"), planner);
        assertThat(page.status()).isEqualTo(200);

        // The next drill, planned from LV's plan in force (issue 24): every contact point and playbook step, loadable as it is.
        Api.Reply proposal = api.get(federation.exercises.url("/api/v1/exercises/scenario-proposals?country=LV"), planner);
        assertThat(proposal.status()).as(String.valueOf(proposal.body())).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        proposal.body().get("injects").forEach(i -> kinds.add(i.get("kind").asText()));
        assertThat(kinds).startsWith("COMCHECK").contains("INCIDENT", "MESSAGE").hasSizeGreaterThan(20);
        Api.Reply loaded = api.post(federation.exercises.url("/api/v1/exercises"), planner, proposal.body().toString());
        assertThat(loaded.status()).as(String.valueOf(loaded.body())).isEqualTo(201);
    }

    private JsonNode exerciseCase(String coordinator, String reporter) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            found.clear();
            api.get(federation.escalation.url("/api/v1/cases?mode=EXERCISE&size=100"), coordinator).body().get("items").forEach(c -> {
                if (reporter.equals(c.path("reporterCountry").asText())) {
                    found.add(c);
                }
            });
            assertThat(found).isNotEmpty();
        });
        return found.get(0);
    }

    private static List<String> scores(JsonNode report) {
        List<String> scores = new ArrayList<>();
        report.get("expectations").forEach(s -> scores.add(s.get("kind").asText() + " " + (s.get("country").isNull() ? "null" : s.get("country").asText())
                + " " + s.get("inject").asText() + " " + s.get("outcome").asText()));
        return scores;
    }

    private static JsonNode first(JsonNode items, java.util.function.Predicate<JsonNode> wanted) {
        for (JsonNode item : items) {
            if (wanted.test(item)) {
                return item;
            }
        }
        throw new AssertionError("none of " + items + " matched");
    }
}
