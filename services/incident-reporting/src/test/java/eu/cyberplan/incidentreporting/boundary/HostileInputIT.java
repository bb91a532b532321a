package eu.cyberplan.incidentreporting.boundary;

import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.hostile.HostileMutations;
import eu.cyberplan.testing.hostile.HostileProbe;
import eu.cyberplan.testing.hostile.HostileRequest;
import eu.cyberplan.testing.hostile.Operation;
import eu.cyberplan.testing.hostile.RunningService;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hostile mutations of every field of every request body and of every query parameter of incident-reporting (the
 * STIX import included), against the running service on real PostgreSQL and Kafka, on a real incident: never a 5xx,
 * always problem+json, the field named, nothing half-written (a refused correction leaves the incident as it was).
 */
class HostileInputIT {

    private static final String DUTY_EE = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");

    private static RunningService service;
    private static HostileProbe probe;
    private static String incident;
    private static Map<String, Object> bundle;

    @BeforeContainer
    static void start() {
        service = RunningService.start("incident_reporting", Map.of());
        probe = new HostileProbe(service);
        JsonMapper json = service.context().getBean(JsonMapper.class);
        incident = String.valueOf(read(json, probe.setUp("POST", "/api/v1/incidents", DUTY_EE, earlyWarning()).body()).get("id"));
        bundle = read(json, probe.setUp("GET", "/api/v1/incidents/" + incident + "/stix", DUTY_EE, null).body());
    }

    @AfterContainer
    static void stop() {
        HostileProbe.finish(probe, service, "incident-reporting");
    }

    @Property(tries = 2500)
    void shouldAnswerEveryHostileRequestWithA4xxProblemNamingTheFieldAndChangeNothing(@ForAll("hostile") HostileRequest request) {
        probe.check(request);
    }

    @Provide
    Arbitrary<HostileRequest> hostile() {
        return HostileMutations.of(operations());
    }

    private static List<Operation> operations() {
        String someId = UUID.randomUUID().toString();
        String mine = "/api/v1/incidents/" + incident;
        return List.of(
                Operation.write("early warning", "POST", "/api/v1/incidents", DUTY_EE, earlyWarning()),
                Operation.write("correction", "PATCH", mine, DUTY_EE, Map.of("note", "Scope corrected", "title", "Ransomware on two grid operators",
                        "affectedCountries", List.of("LV", "LT"), "indicators", List.of(Map.of("type", "ipv4-addr", "value", "198.51.100.7"))))
                        .witnessedBy(mine),
                Operation.write("report", "POST", mine + "/reports", DUTY_EE, Map.of("stage", "NOTIFICATION", "severity", "HIGH",
                        "impact", Map.of("affectedUsers", 1200, "durationMinutes", 90, "financialLossEur", 150000.5),
                        "indicators", List.of(Map.of("type", "domain-name", "value", "evil.example", "description", "C2")),
                        "significanceFigures", Map.of("completeUnavailabilityMinutes", 25, "occurredAt", "2026-01-01T08:00:00Z"))),
                Operation.write("retraction", "POST", "/api/v1/incidents/" + someId + "/retraction", DUTY_EE, Map.of("reason", "Filed twice")),
                Operation.write("closure", "POST", "/api/v1/incidents/" + someId + "/closure", DUTY_EE,
                        Map.of("handledAt", "2026-01-02T08:00:00Z", "reason", "Restored")),
                Operation.write("report request", "POST", mine + "/report-requests", COORDINATOR, Map.of("dueAt", "2031-03-05T08:00:00Z")),
                Operation.write("CSIRT response", "POST", mine + "/csirt-response", COORDINATOR, Map.of("note", "Isolate the historian.\nKeep logs.")),
                Operation.write("escalation request", "POST", "/api/v1/incidents/" + someId + "/escalation-requests", DUTY_EE,
                        Map.of("reason", "Spreading to LV")),
                Operation.write("significance", "POST", "/api/v1/significance-assessments", DUTY_EE, Map.of("entityType", "CLOUD_COMPUTING",
                        "completeUnavailabilityMinutes", 31, "financialLossEur", 1000, "annualTurnoverEur", 4000000, "deathCaused", false,
                        "previousIncidents", List.of(Map.of("reference", "EE-2030-000001", "occurredAt", "2025-01-01T00:00:00Z", "rootCause", "system-failures")))),
                Operation.write("STIX import", "POST", "/api/v1/incidents/imports", TestTokens.bearer("duty.lv", "LV", "DUTY_OFFICER"), bundle),
                Operation.query("incidents", "/api/v1/incidents", DUTY_EE, Map.of("country", "EE", "status", "OPEN", "stage", "EARLY_WARNING",
                        "overdue", "false", "mode", "REAL", "page", "0", "size", "20")),
                Operation.query("incident", mine, DUTY_EE, Map.of()),
                Operation.query("deadlines", mine + "/deadlines", DUTY_EE, Map.of()),
                Operation.query("versions", mine + "/versions", DUTY_EE, Map.of()),
                Operation.query("reports", mine + "/reports", DUTY_EE, Map.of()),
                Operation.query("STIX export", mine + "/stix", DUTY_EE, Map.of("personalData", "false")),
                Operation.query("MISP export", mine + "/misp", DUTY_EE, Map.of()));
    }

    private static Map<String, Object> earlyWarning() {
        return Map.ofEntries(Map.entry("title", "Ransomware on grid operator"), Map.entry("summary", "SCADA historian encrypted.\nNo outage yet."),
                Map.entry("awareAt", Instant.now().minusSeconds(3600).toString()), Map.entry("severity", "HIGH"), Map.entry("rsitClass", "malicious-code"),
                Map.entry("rsitType", "infected-system"), Map.entry("tlp", "AMBER"), Map.entry("pap", "AMBER"),
                Map.entry("affectedCountries", List.of("LV")), Map.entry("crossBorder", true), Map.entry("suspectedMalicious", true),
                Map.entry("sectors", List.of("energy")), Map.entry("impact", Map.of("affectedUsers", 5000)),
                Map.entry("indicators", List.of(Map.of("type", "ipv4-addr", "value", "198.51.100.7"))),
                Map.entry("entity", Map.of("name", "Baltic Grid AS", "entityType", "CLOUD_COMPUTING", "annualTurnoverEur", 4000000)));
    }

    private static Map<String, Object> read(JsonMapper json, String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
