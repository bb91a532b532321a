package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The crisis ladder under load (issue 23), against the running stack, on exercise topics (the real views stay clean):
 * a case alerting the 29 other members of the plan is raised to OPERATIONAL by the coordinator over HTTP, and each of the
 * 29 countries' inboxes is read over HTTP as its NCP would until the LEVEL_CHANGE item is there. Measured per item from
 * the change ({@code changedAt} of {@code crisis-level.changed}) to the item landing ({@code deliveredAt}, both stamped
 * on this machine), and per case to the last of its 29 items; the first case after a start is reported apart (cold).
 * Prints, asserts nothing; the bench's cases are closed at the end.
 */
public final class LevelChangeBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.LevelChangeBenchmark [flags]
              --base-contact-points URL   contact-points base URL (login, inboxes) (default http://127.0.0.1:8081)
              --base-escalation URL       escalation base URL (level change)       (default http://127.0.0.1:8083)
              --kafka HOST:PORT           Kafka bootstrap servers                  (default 127.0.0.1:9092)
              --topic-prefix PREFIX       topic prefix                             (default cyberplan)
              --cases N                   cases raised one after another           (default 20)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    private static final Set<String> FLAGS = Set.of("--base-contact-points", "--base-escalation", "--kafka", "--topic-prefix", "--cases", "--pgbench");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Flags flags;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<UUID, Set<String>> delivered = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> changedAt = new ConcurrentHashMap<>();

    LevelChangeBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "levels", USAGE, FLAGS, flags -> new LevelChangeBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan level change benchmark (OPERATIONAL → LEVEL_CHANGE in 29 inboxes), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);
        String kafka = flags.text("--kafka", "127.0.0.1:9092");
        String prefix = flags.text("--topic-prefix", Topics.DEFAULT_PREFIX);
        URI contactPoints = URI.create(flags.text("--base-contact-points", "http://127.0.0.1:8081"));
        URI escalation = URI.create(flags.text("--base-escalation", "http://127.0.0.1:8083"));
        DutyOfficerLogin login = new DutyOfficerLogin(http, json, contactPoints);
        String coordinator = login.accessToken("coordinator", "demo");
        Map<String, String> ncps = new ConcurrentHashMap<>();
        for (String country : ProtocolBenchmark.OTHERS) {
            ncps.put(country, login.accessToken("ncp." + country.toLowerCase(java.util.Locale.ROOT), "demo"));
        }
        int cases = flags.number("--cases", 20);
        UUID exercise = UUID.randomUUID();
        LatencySamples items = new LatencySamples();
        LatencySamples everyInbox = new LatencySamples();
        List<Double> perCase = new ArrayList<>();
        List<UUID> incidents = new ArrayList<>();
        int missing = 0;
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try (IncidentEventFeed feed = new IncidentEventFeed(kafka, prefix + ".incidents.v1.exercise", exercise);
             TopicTail tail = new TopicTail(kafka, List.of(prefix + ".receipts.v1.exercise", prefix + ".protocol.v1.exercise"), this::onRecord).start()) {
            out.printf("%n%d cases, each alerting the 29 other members, raised to OPERATIONAL one after another…%n", cases);
            for (int i = 0; i < cases; i++) {
                UUID incident = UUID.randomUUID();
                incidents.add(incident);
                feed.reported(incident, "HIGH", ProtocolBenchmark.OTHERS);
                feed.flush();
                awaitTrue(() -> delivered.getOrDefault(incident, Set.of()).size() == ProtocolBenchmark.OTHERS.size(), "29 alerts delivered for " + incident);
                int status = send(HttpRequest.newBuilder(escalation.resolve("/api/v1/cases/" + incident + "/level"))
                        .header("Authorization", "Bearer " + coordinator).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"level\":\"OPERATIONAL\",\"reason\":\"benchmark: spreading\"}"))).statusCode();
                if (status != 200) {
                    throw new BenchAborted("raising " + incident + " answered " + status);
                }
                awaitTrue(() -> changedAt.containsKey(incident), "crisis-level.changed of " + incident);
                Instant changed = changedAt.get(incident);
                List<Future<Instant>> landed = new ArrayList<>();
                for (String country : ProtocolBenchmark.OTHERS) {
                    landed.add(readers.submit(() -> levelChangeLanded(contactPoints, ncps.get(country), incident)));
                }
                double slowest = 0;
                for (Future<Instant> at : landed) {
                    Instant when = at.get();
                    if (when == null) {
                        missing++;
                        continue;
                    }
                    long nanos = Duration.between(changed, when).toNanos();
                    items.record(nanos);
                    slowest = Math.max(slowest, nanos / 1e6);
                }
                perCase.add(slowest);
                if (i > 0) {
                    everyInbox.record((long) (slowest * 1e6));
                }
            }
            incidents.forEach(feed::closed);
            feed.flush();
        } finally {
            readers.shutdownNow();
        }
        out.printf("  the bench's %d cases closed%n", incidents.size());
        out.printf("%n== summary ==%n");
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        out.println("  " + pgbench);
        out.printf("  level change → its LEVEL_CHANGE item in an inbox (%,d items): p50 %s, p99 %s, max %s; items that never came: %d%n",
                items.count(), LatencySamples.millis(items.percentileMillis(50)), LatencySamples.millis(items.percentileMillis(99)),
                LatencySamples.millis(items.maxMillis()), missing);
        out.printf("  level change → in every one of the 29 inboxes: first case after start (cold) %s; the other %d cases p50 %s, p99 %s%n",
                perCase.isEmpty() ? "n/a" : LatencySamples.millis(perCase.get(0)), everyInbox.count(),
                LatencySamples.millis(everyInbox.percentileMillis(50)), LatencySamples.millis(everyInbox.percentileMillis(99)));
    }

    private void onRecord(ConsumerRecord<String, byte[]> record) {
        String type = TopicTail.header(record, "ce_type");
        try {
            UUID incident = UUID.fromString(record.key());
            if (EventTypes.ALERT_DELIVERED.equals(type)) {
                String country = json.readTree(record.value()).path("country").asText();
                delivered.computeIfAbsent(incident, i -> ConcurrentHashMap.newKeySet()).add(country);
            } else if (EventTypes.CRISIS_LEVEL_CHANGED.equals(type)) {
                changedAt.putIfAbsent(incident, Instant.parse(json.readTree(record.value()).path("changedAt").asText()));
            }
        } catch (Exception e) {
            // not one of the bench's records
        }
    }

    /** Reads the NCP's exercise inbox until the case's LEVEL_CHANGE item is there; its deliveredAt, or null after a minute. */
    private Instant levelChangeLanded(URI contactPoints, String token, UUID incident) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(contactPoints.resolve("/api/v1/inbox?mode=EXERCISE&size=20"))
                    .header("Authorization", "Bearer " + token).GET());
            if (page.statusCode() == 200) {
                for (JsonNode item : json.readTree(page.body()).path("items")) {
                    if ("LEVEL_CHANGE".equals(item.path("kind").asText()) && incident.toString().equals(item.path("incidentId").asText())) {
                        return Instant.parse(item.path("deliveredAt").asText());
                    }
                }
            }
            Thread.sleep(100);
        }
        return null;
    }

    private void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new BenchAborted("no " + what + " within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
