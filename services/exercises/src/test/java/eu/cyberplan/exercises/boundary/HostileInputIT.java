package eu.cyberplan.exercises.boundary;

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
 * Hostile mutations of every field of a scenario (injects, payloads, expectations, simulated participants) and of
 * every query parameter of exercises, against the running service on real PostgreSQL and Kafka: never a 5xx, always
 * problem+json, the field named, nothing half-written.
 */
class HostileInputIT {

    private static final String PLANNER = TestTokens.bearer("planner", "EU", "EXERCISE_PLANNER");

    private static RunningService service;
    private static HostileProbe probe;

    @BeforeContainer
    static void start() {
        service = RunningService.start("exercises", Map.of());
        probe = new HostileProbe(service);
    }

    @AfterContainer
    static void stop() {
        HostileProbe.finish(probe, service, "exercises");
    }

    @Property(tries = 1500)
    void shouldAnswerEveryHostileRequestWithA4xxProblemNamingTheFieldAndChangeNothing(@ForAll("hostile") HostileRequest request) {
        probe.check(request);
    }

    @Provide
    Arbitrary<HostileRequest> hostile() {
        String someId = UUID.randomUUID().toString();
        return HostileMutations.of(List.of(
                Operation.write("scenario", "POST", "/api/v1/exercises", PLANNER, scenario()),
                Operation.query("exercises", "/api/v1/exercises", PLANNER, Map.of("page", "0", "size", "20")),
                Operation.query("exercise", "/api/v1/exercises/" + someId, PLANNER, Map.of()),
                Operation.query("after-action report", "/api/v1/exercises/" + someId + "/report", PLANNER, Map.of())));
    }

    private static Map<String, Object> scenario() {
        return Map.of("name", "Baltic drill", "participants", List.of("LV", "LT", "EE"), "observers", List.of("CH"), "compression", 60,
                "injects", List.of(
                        Map.of("offsetSeconds", 0, "country", "LV", "kind", "MESSAGE", "title", "Message 1", "payload", Map.of("text", "body 1"), "ref", "M1"),
                        Map.of("offsetSeconds", 60, "country", "EE", "kind", "INCIDENT", "title", "Grid ransomware",
                                "payload", Map.of("severity", "HIGH", "summary", "Historian encrypted", "affectedCountries", List.of("LV")),
                                "expectedAction", "Acknowledge and raise", "ref", "I1")),
                "expectations", List.of(Map.of("kind", "ACKNOWLEDGE", "country", "LV", "inject", "M1", "withinMinutes", 15,
                        "description", "LV acknowledges in 15 min")),
                "simulatedParticipants", Map.of("countries", List.of("LT"), "delay", Map.of("distribution", "UNIFORM", "minSeconds", 10, "maxSeconds", 60),
                        "answerRate", 0.9, "seed", 42));
    }
}
