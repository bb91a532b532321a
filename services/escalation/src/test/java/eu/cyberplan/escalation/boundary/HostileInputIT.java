package eu.cyberplan.escalation.boundary;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.hostile.HostileMutations;
import eu.cyberplan.testing.hostile.HostileProbe;
import eu.cyberplan.testing.hostile.HostileRequest;
import eu.cyberplan.testing.hostile.Operation;
import eu.cyberplan.testing.hostile.RunningService;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Hostile mutations of every field of every request body and of every query parameter of escalation, against the
 * running service on real PostgreSQL and Kafka, on a real open case: never a 5xx, always problem+json, the field
 * named, nothing half-written (a refused PUT /plan leaves the plan as it was).
 */
class HostileInputIT {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String NCP_LV = TestTokens.bearer("ncp.lv", "LV", "NCP");
    private static final UUID INCIDENT = UUID.randomUUID();

    private static RunningService service;
    private static HostileProbe probe;

    @BeforeContainer
    static void start() {
        service = RunningService.start("escalation", Map.of());
        probe = new HostileProbe(service);
        Instant now = Instant.now();
        try (CloudEventPublisher publisher = service.infrastructure().publisher()) {
            publisher.publish(service.infrastructure().topic("incidents.v1"), INCIDENT.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED, """
                    {"incidentId":"%s","reference":"EE-2031-000001","reporterCountry":"EE","title":"Ransomware on grid operator",
                     "severity":"LOW","tlp":"AMBER","pap":"AMBER","rsitClass":"malicious-code","rsitType":"infected-system",
                     "affectedCountries":["EE","LV","LT"],"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"],"recipients":[],
                     "awareAt":"%s","reportedAt":"%s","reportedBy":"duty.ee","mode":"REAL"}""".formatted(INCIDENT, now, now));
        }
        TestHttp http = new TestHttp(service.baseUrl());
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/cases/" + INCIDENT, COORDINATOR).statusCode() == 200);
    }

    @AfterContainer
    static void stop() {
        HostileProbe.finish(probe, service, "escalation");
    }

    @Property(tries = 2000)
    void shouldAnswerEveryHostileRequestWithA4xxProblemNamingTheFieldAndChangeNothing(@ForAll("hostile") HostileRequest request) {
        probe.check(request);
    }

    @Provide
    Arbitrary<HostileRequest> hostile() {
        return HostileMutations.of(operations());
    }

    private static List<Operation> operations() {
        String someId = UUID.randomUUID().toString();
        String cases = "/api/v1/cases/" + INCIDENT;
        return List.of(
                Operation.write("plan", "PUT", "/api/v1/plan", COORDINATOR, plan()).witnessedBy("/api/v1/plan"),
                Operation.write("level", "POST", cases + "/level", COORDINATOR, Map.of("level", "OPERATIONAL", "reason", "Two countries affected")),
                Operation.write("closure", "POST", "/api/v1/cases/" + someId + "/closure", COORDINATOR, Map.of("reason", "Handled")),
                Operation.write("situation report", "POST", cases + "/situation-reports", NCP_LV, Map.of("impactSeverity", "yellow",
                        "impactOutlook", "improving", "affectedCountries", List.of("LV", "LT"), "sectors", List.of("energy"),
                        "rootCause", "malicious-actions", "text", "Grid stable.\nRestoring SCADA access.")),
                Operation.write("assistance request", "POST", cases + "/assistance-requests", NCP_LV,
                        Map.of("kind", "FORENSICS", "needs", "Memory images of two hosts", "neededBy", "2031-03-01T12:00:00Z")),
                Operation.write("offer", "POST", cases + "/assistance-requests/" + someId + "/offers", TestTokens.bearer("ncp.ee", "EE", "NCP"),
                        Map.of("capability", "Two forensic analysts", "availableFrom", "2031-03-01T08:00:00Z")),
                Operation.write("decision", "POST", cases + "/assistance-requests/" + someId + "/offers/" + someId + "/decision", NCP_LV,
                        Map.of("accepted", true, "reason", "Closest team")),
                Operation.write("case update", "POST", cases + "/updates", NCP_LV, Map.of("status", "CONTAINED",
                        "text", "Two hosts isolated.\nForensics running.")),
                Operation.query("timeline", cases + "/timeline", NCP_LV, Map.of()),
                Operation.query("case updates", cases + "/updates", NCP_LV, Map.of()),
                Operation.query("situation", cases + "/situation", NCP_LV, Map.of()),
                Operation.query("cases", "/api/v1/cases", COORDINATOR, Map.of("mode", "REAL", "status", "OPEN", "page", "0", "size", "20")),
                Operation.query("case", cases, COORDINATOR, Map.of()),
                Operation.query("situation reports", cases + "/situation-reports", NCP_LV, Map.of()),
                Operation.query("assistance requests", cases + "/assistance-requests", NCP_LV, Map.of()),
                Operation.query("plan", "/api/v1/plan", COORDINATOR, Map.of()));
    }

    private static Map<String, Object> plan() {
        return Map.of("reason", "Yearly review",
                "caseOpening", Map.of("crossBorder", true, "otherCountriesAffected", true, "significant", true, "minimumSeverity", "HIGH"),
                "acknowledgementSla", Map.of("CRITICAL", "PT15M", "HIGH", "PT1H", "MEDIUM", "PT4H", "LOW", "PT24H"),
                "backupSla", Map.of("CRITICAL", "PT7M", "HIGH", "PT30M", "MEDIUM", "PT2H", "LOW", "PT12H"),
                "notifyCoordinatorWhenBackupMisses", true,
                "raiseOnOverdue", Map.of("severity", "CRITICAL", "overdueAlerts", 1, "to", "OPERATIONAL"));
    }
}
