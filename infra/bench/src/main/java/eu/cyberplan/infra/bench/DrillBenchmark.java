package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Cyber Europe–scale drill against the running stack, as a planner runs it: 30 countries, 28,000 injects compressed
 * to fit the given minutes (at most 60×), every country played by the simulated responder. It loads the scenario
 * through {@code POST /exercises}, starts it, reads {@code inject.released} from the exercise topic as another node
 * would, and prints the wall time, injects/s, lost and duplicated injects (and filed incidents), the acknowledgements
 * the simulation made, and the peak memory of each process of the stack. Prints, asserts nothing.
 */
public final class DrillBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.DrillBenchmark [flags]
              --base-contact-points URL   contact-points base URL (login)   (default http://127.0.0.1:8081)
              --base-exercises URL        exercises base URL                (default http://127.0.0.1:8084)
              --kafka HOST:PORT           Kafka bootstrap servers           (default 127.0.0.1:9092)
              --topic-prefix PREFIX       topic prefix                      (default cyberplan)
              --injects N                 injects in the scenario           (default 28000)
              --minutes N                 wall minutes the drill is compressed into (default 10)
              --incident-every N          every Nth inject files an incident (default 4; the rest are messages,
                                          situation updates and, one in 50, comchecks)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    /** The 30 members: EE and the 29 others. */
    static final List<String> MEMBERS = java.util.stream.Stream.concat(java.util.stream.Stream.of("EE"), ProtocolBenchmark.OTHERS.stream()).toList();

    private static final Set<String> FLAGS = Set.of("--base-contact-points", "--base-exercises", "--kafka", "--topic-prefix", "--injects",
            "--minutes", "--incident-every", "--pgbench");

    private final Flags flags;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    DrillBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "drill", USAGE, FLAGS, flags -> new DrillBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan drill benchmark (Cyber Europe scale), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);
        String kafka = flags.text("--kafka", "127.0.0.1:9092");
        String prefix = flags.text("--topic-prefix", Topics.DEFAULT_PREFIX);
        URI exercises = URI.create(flags.text("--base-exercises", "http://127.0.0.1:8084"));
        String token = new DutyOfficerLogin(http, json, URI.create(flags.text("--base-contact-points", "http://127.0.0.1:8081")))
                .accessToken("planner", "demo");
        int injects = flags.number("--injects", 28_000);
        int minutes = flags.number("--minutes", 10);
        int incidentEvery = flags.number("--incident-every", 4);
        int compression = 60;
        long exerciseSeconds = (long) minutes * 60 * compression;
        ObjectNode scenario = scenario(json, injects, exerciseSeconds, incidentEvery, compression);
        int incidentInjects = (injects + incidentEvery - 1) / incidentEvery;

        Instant loadStart = Instant.now();
        JsonNode created = json.readTree(send(HttpRequest.newBuilder(exercises.resolve("/api/v1/exercises")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(scenario.toString())), 201));
        String exercise = created.path("id").asText();
        out.printf("%nscenario: %,d injects (%,d incidents) for %d countries over %,d s of exercise time at %d× (%d min); loaded in %.1f s (%,d bytes)%n",
                injects, incidentInjects, MEMBERS.size(), exerciseSeconds, compression, minutes,
                Duration.between(loadStart, Instant.now()).toMillis() / 1000.0, scenario.toString().getBytes(StandardCharsets.UTF_8).length);

        Map<Integer, AtomicInteger> released = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> incidents = new ConcurrentHashMap<>();
        AtomicInteger acknowledgements = new AtomicInteger();
        AtomicReference<Instant> firstRelease = new AtomicReference<>();
        AtomicReference<Instant> lastRelease = new AtomicReference<>();
        try (ServiceMemory memory = new ServiceMemory();
             TopicTail tail = new TopicTail(kafka, List.of(prefix + ".exercises.v1.exercise", prefix + ".receipts.v1.exercise"), record ->
                     onRecord(record, exercise, released, incidents, acknowledgements, firstRelease, lastRelease)).start()) {
            Instant started = Instant.now();
            send(HttpRequest.newBuilder(exercises.resolve("/api/v1/exercises/" + exercise + "/start")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()), 200);
            // Three times the plan, and never less than 15 min: a run as fast as the stack takes it may well need more than its plan.
            long waitMinutes = Math.max(minutes * 3L, 15);
            out.printf("started at %s; waiting for every inject (at most %d min)…%n", started, waitMinutes);
            Instant until = started.plus(Duration.ofMinutes(waitMinutes));
            int lastSeen = -1;
            while (released.size() < injects && Instant.now().isBefore(until)) {
                Thread.sleep(10_000);
                if (released.size() != lastSeen) {
                    lastSeen = released.size();
                    out.printf("  %5.0f s: %,d released, %,d acknowledged by the simulated participants%n",
                            Duration.between(started, Instant.now()).toMillis() / 1000.0, lastSeen, acknowledgements.get());
                }
            }
            out.println("letting the simulated participants answer for 30 s more…");
            Thread.sleep(30_000);
            JsonNode ended = json.readTree(send(HttpRequest.newBuilder(exercises.resolve("/api/v1/exercises/" + exercise + "/end"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()), 200));
            JsonNode report = json.readTree(send(HttpRequest.newBuilder(exercises.resolve("/api/v1/exercises/" + exercise + "/report"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET(), 200));
            Thread.sleep(2_000);

            int events = released.values().stream().mapToInt(AtomicInteger::get).sum();
            int duplicated = events - released.size();
            int serviceReleased = ended.path("progress").path("released").asInt();
            int lost = Math.max(0, serviceReleased - released.size());
            int unreleased = injects - serviceReleased;
            int doubleFiled = incidents.values().stream().mapToInt(n -> n.get() - 1).sum();
            double wall = firstRelease.get() == null ? 0 : Duration.between(started, lastRelease.get()).toMillis() / 1000.0;
            out.printf("%n== summary ==%n");
            MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
            out.println("  " + pgbench);
            out.printf("  drill: %,d injects for 30 countries at %d× into %d min: start → last release %.1f s (plan %d s), %.1f injects/s%n",
                    injects, compression, minutes, wall, minutes * 60, wall == 0 ? 0 : released.size() / wall);
            out.printf("  lost %,d (released by the service, never on the topic), duplicated %,d (inject.released events %,d for %,d injects), "
                    + "not released when the wait ended %,d; incidents filed %,d for %,d incident injects, filed twice %,d; the service counts %,d "
                    + "released%n", lost, duplicated, events, injects, unreleased, incidents.size(), incidentInjects, doubleFiled, serviceReleased);
            JsonNode overall = report.path("overall");
            out.printf("  protocol: %,d exercise alerts, %,d acknowledged (%,d acknowledgements seen on the topic), %,d overdue; "
                            + "time to acknowledge median %s s, p90 %s s (exercise time)%n", overall.path("alerts").asInt(),
                    overall.path("acknowledged").asInt(), acknowledgements.get(), overall.path("overdue").asInt(),
                    overall.path("medianAcknowledgementSeconds").asText(), overall.path("p90AcknowledgementSeconds").asText());
            memory.describe().forEach(line -> out.println("  " + line));
        }
    }

    private void onRecord(ConsumerRecord<String, byte[]> record, String exercise, Map<Integer, AtomicInteger> released,
                          Map<String, AtomicInteger> incidents, AtomicInteger acknowledgements, AtomicReference<Instant> first,
                          AtomicReference<Instant> last) {
        String type = header(record, "ce_type");
        if (!exercise.equals(header(record, "ce_cpexercise"))) {
            return;
        }
        try {
            if (EventTypes.INJECT_RELEASED.equals(type)) {
                JsonNode event = json.readTree(record.value());
                released.computeIfAbsent(event.path("sequence").asInt(), s -> new AtomicInteger()).incrementAndGet();
                if (!event.path("incidentId").isNull() && !event.path("incidentId").isMissingNode()) {
                    incidents.computeIfAbsent(event.path("incidentId").asText(), s -> new AtomicInteger()).incrementAndGet();
                }
                Instant at = Instant.parse(event.path("releasedAt").asText());
                first.accumulateAndGet(at, (a, b) -> a == null || b.isBefore(a) ? b : a);
                last.accumulateAndGet(at, (a, b) -> a == null || b.isAfter(a) ? b : a);
            } else if (EventTypes.ALERT_ACKNOWLEDGED.equals(type)) {
                acknowledgements.incrementAndGet();
            }
        } catch (Exception e) {
            // a record we cannot read is not one of the drill's
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The drill's scenario: the 30 members, one inject in {@code incidentEvery} an incident, the rest messages, updates and comchecks. */
    static ObjectNode scenario(ObjectMapper json, int injects, long exerciseSeconds, int incidentEvery, int compression) {
        List<String> countries = MEMBERS;
        ObjectNode scenario = json.createObjectNode().put("name", "Cyber Europe scale drill " + Instant.now()).put("compression", compression);
        countries.forEach(scenario.putArray("participants")::add);
        ObjectNode simulated = scenario.putObject("simulatedParticipants");
        countries.forEach(simulated.putArray("countries")::add);
        simulated.putObject("delay").put("distribution", "UNIFORM").put("minSeconds", 60).put("maxSeconds", 600);
        ArrayNode list = scenario.putArray("injects");
        String[] severities = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
        for (int i = 0; i < injects; i++) {
            String country = countries.get(i % countries.size());
            ObjectNode inject = list.addObject().put("offsetSeconds", i * exerciseSeconds / injects).put("country", country);
            if (i % incidentEvery == 0) {
                ObjectNode payload = inject.put("kind", "INCIDENT").put("title", "Drill incident " + i).putObject("payload");
                payload.put("severity", severities[i % severities.length]).put("rsitClass", "availability").put("rsitType", "ddos");
                payload.putArray("affectedCountries").add(countries.get((i + 7) % countries.size()));
            } else if (i % 50 == 1) {
                inject.put("kind", "COMCHECK").put("title", "Comcheck " + i);
            } else {
                inject.put("kind", i % 3 == 0 ? "SITUATION_UPDATE" : "MESSAGE").put("title", "Drill message " + i)
                        .putObject("payload").put("text", "Scenario news number " + i);
            }
        }
        return scenario;
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new BenchAborted(response.request().method() + " " + response.request().uri() + " answered " + response.statusCode()
                    + ": " + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        return response.body();
    }
}
