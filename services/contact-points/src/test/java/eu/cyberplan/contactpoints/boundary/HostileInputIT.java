package eu.cyberplan.contactpoints.boundary;

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

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hostile mutations of every field of every request body and of every query parameter of contact-points, against the
 * running service on real PostgreSQL and Kafka: never a 5xx, always problem+json, the field named, nothing half-written
 * (a refused roster PUT leaves the roster as it was).
 */
class HostileInputIT {

    private static final String NCP_EE = TestTokens.bearer("ncp.ee", "EE", "NCP");
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String ROSTER_WINDOW = "from=2031-03-01T00:00:00Z&to=2031-03-03T00:00:00Z";

    private static RunningService service;
    private static HostileProbe probe;

    @BeforeContainer
    static void start() {
        service = RunningService.start("contact_points", Map.of("cyberplan.node.heartbeat.interval", "1h"));
        probe = new HostileProbe(service);
        probe.setUp("PUT", "/api/v1/countries/EE/roster", NCP_EE, roster());
    }

    @AfterContainer
    static void stop() {
        HostileProbe.finish(probe, service, "contact-points");
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
        return List.of(
                Operation.write("roster", "PUT", "/api/v1/countries/EE/roster", NCP_EE, roster())
                        .witnessedBy("/api/v1/countries/EE/roster?" + ROSTER_WINDOW),
                Operation.write("handover", "POST", "/api/v1/countries/EE/handovers", TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER"),
                        Map.of("notes", "Quiet night.\nOne open ticket.", "to", "ncp.ee")),
                Operation.write("person", "PUT", "/api/v1/countries/EE/people/backup.ee", NCP_EE,
                        Map.of("name", "Backup Officer", "email", "backup@cert.ee.example", "phone", "+372 600 0000", "roles", List.of("DUTY_OFFICER"))),
                Operation.write("directory", "PUT", "/api/v1/countries/EE", NCP_EE, Map.of("name", "Estonia", "timeZones", List.of("Europe/Tallinn"),
                        "languages", List.of("et"), "ncp", Map.of("primary", "+372 600 0001", "backup", "ncp@cert.ee.example"),
                        "cycloneLiaison", "liaison@cert.ee.example", "singlePointOfContact", "spoc@ria.ee.example",
                        "csirts", List.of(Map.of("name", "CERT-EE", "email", "cert@cert.ee.example", "phone", "+372 600 0002", "ncp", true)))),
                Operation.write("channels", "PUT", "/api/v1/countries/EE/channels", NCP_EE,
                        Map.of("channels", List.of(Map.of("route", "BACKUP", "kind", "EMAIL", "address", "duty@cert.ee.example", "enabled", true)))),
                Operation.write("comcheck", "POST", "/api/v1/comchecks", COORDINATOR, Map.of("countries", List.of("EE", "LV"), "answerWithinMinutes", 30)),
                Operation.write("plan draft", "POST", "/api/v1/countries/EE/plan/versions", TestTokens.bearer("owner.ee", "EE", "PLAN_OWNER"), plan()),
                Operation.write("acknowledgement", "POST", "/api/v1/inbox/" + someId + "/ack", NCP_EE, Map.of("note", "seen")),
                Operation.write("tick", "POST", "/api/v1/checklists/" + someId + "/steps/s1/tick", NCP_EE, Map.of("note", "done")),
                Operation.write("login", "POST", "/api/v1/login", null, Map.of("username", "duty.ee", "password", "wrong")),
                Operation.query("inbox", "/api/v1/inbox", NCP_EE, Map.of("status", "NEW", "mode", "REAL", "page", "0", "size", "50")),
                Operation.query("checklists", "/api/v1/checklists", NCP_EE, Map.of("incidentId", someId, "mode", "REAL", "page", "0")),
                Operation.query("comchecks", "/api/v1/comchecks", COORDINATOR, Map.of("mode", "REAL", "page", "0", "size", "10")),
                Operation.query("comcheck statistics", "/api/v1/comchecks/statistics", COORDINATOR, Map.of("last", "5", "mode", "REAL")),
                Operation.query("handover log", "/api/v1/countries/EE/handovers", NCP_EE, Map.of("page", "0", "size", "10")),
                Operation.query("notifications", "/api/v1/countries/EE/notifications", NCP_EE, Map.of("status", "SENT", "page", "0")),
                Operation.query("on duty", "/api/v1/countries/EE/on-duty", NCP_EE, Map.of("at", "2031-03-01T10:00:00Z")),
                Operation.query("roster window", "/api/v1/countries/EE/roster", NCP_EE,
                        Map.of("from", "2031-03-01T00:00:00Z", "to", "2031-03-03T00:00:00Z")),
                Operation.query("coverage", "/api/v1/countries/EE/coverage", NCP_EE, Map.of("week", "2031-W10")),
                Operation.query("plan changes", "/api/v1/countries/EE/plan/versions/1/changes", NCP_EE, Map.of("from", "1")));
    }

    private static Map<String, Object> roster() {
        return Map.of("from", "2031-03-01T00:00:00Z", "to", "2031-03-03T00:00:00Z", "shifts", List.of(
                Map.of("person", "duty.ee", "role", "PRIMARY", "start", "2031-03-01T06:00:00Z", "end", "2031-03-01T18:00:00Z"),
                Map.of("person", "ncp.ee", "role", "BACKUP", "start", "2031-03-01T00:00:00Z", "end", "2031-03-02T00:00:00Z")));
    }

    private static Map<String, Object> plan() {
        return Map.of("capabilities", List.of(Map.of("kind", "FORENSICS", "conditions", "Within 24 hours,\non request.", "contact", "forensics@cert.ee.example")),
                "playbooks", List.of(Map.of("rsitClass", "malicious-code", "steps", List.of(
                        Map.of("phase", "CONTAINMENT", "title", "Isolate infected systems", "ownerRole", "DUTY_OFFICER", "targetMinutes", 60,
                                "reportToEu", true)))),
                "note", "Draft for the 2031 review.");
    }
}
