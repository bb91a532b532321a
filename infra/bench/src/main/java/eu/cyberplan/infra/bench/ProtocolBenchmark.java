package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.events.v1.Topics;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Load driver for the emergency protocol, against the running stack, on exercise topics (the real views stay
 * clean): fan-out of a case to every other member, dispatch → all delivered; then with many deadlines pending and
 * thousands due in the same minute, how late they fire. The plan is set for the run through {@code PUT /plan} and put
 * back afterwards; the bench's cases are closed at the end, cancelling what is still pending. Prints, asserts nothing.
 */
public final class ProtocolBenchmark {

    static final List<String> OTHERS = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
            "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.ProtocolBenchmark [flags]
              --base-contact-points URL   contact-points base URL (login)   (default http://127.0.0.1:8081)
              --base-escalation URL       escalation base URL               (default http://127.0.0.1:8083)
              --kafka HOST:PORT           Kafka bootstrap servers           (default 127.0.0.1:9092)
              --topic-prefix PREFIX       topic prefix                      (default cyberplan)
              --fanout-cases N            cases fanned out one by one        (default 40)
              --pending N                 deadlines pending                  (default 100000)
              --due N                     of which due in the same minute    (default 10000)
              --due-after-seconds N       when the due ones fall due         (default 120)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    private static final Set<String> FLAGS = Set.of("--base-contact-points", "--base-escalation", "--kafka", "--topic-prefix", "--fanout-cases",
            "--pending", "--due", "--due-after-seconds", "--pgbench");

    private final Flags flags;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    ProtocolBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "protocol", USAGE, FLAGS, flags -> new ProtocolBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan protocol benchmark (fan-out, deadline lateness), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);
        String kafka = flags.text("--kafka", "127.0.0.1:9092");
        String prefix = flags.text("--topic-prefix", Topics.DEFAULT_PREFIX);
        URI escalation = URI.create(flags.text("--base-escalation", "http://127.0.0.1:8083"));
        String token = new DutyOfficerLogin(http, json, URI.create(flags.text("--base-contact-points", "http://127.0.0.1:8081")))
                .accessToken("coordinator", "demo");
        UUID exercise = UUID.randomUUID();
        int dueAfter = flags.number("--due-after-seconds", 120);
        JsonNode plan = json.readTree(send(HttpRequest.newBuilder(escalation.resolve("/api/v1/plan")).header("Authorization", "Bearer " + token).GET()));
        try (IncidentEventFeed feed = new IncidentEventFeed(kafka, prefix + ".incidents.v1.exercise", exercise)) {
            FanOutPhase fanOut = new FanOutPhase(feed, json);
            int cases = flags.number("--fanout-cases", 40);
            out.printf("%nfan-out: %d cases, each alerting the 29 other members, one after another…%n", cases);
            LatencySamples fan;
            try (TopicTail tail = new TopicTail(kafka, List.of(prefix + ".alerts.v1.exercise", prefix + ".receipts.v1.exercise"), fanOut::onRecord).start()) {
                fan = fanOut.run(cases);
            }
            out.printf("  dispatch → all 29 delivered: %s%n", fan.describe(50, 90, 99));

            setPlan(escalation, token, plan, Duration.ofSeconds(dueAfter), "benchmark: HIGH alerts due " + dueAfter + " s after dispatch");
            LatenessPhase lateness = new LatenessPhase(feed, json, out);
            int pending = flags.number("--pending", 100_000);
            int due = flags.number("--due", 10_000);
            out.printf("%ndeadline lateness: %,d pending, %,d due in the same minute…%n", pending, due);
            try (TopicTail tail = new TopicTail(kafka, List.of(prefix + ".alerts.v1.exercise", prefix + ".protocol.v1.exercise"), lateness::onRecord).start()) {
                lateness.run(pending, due, dueAfter);
            } finally {
                restorePlan(escalation, token, plan);
                fanOut.incidents().forEach(feed::closed);
                lateness.incidents().forEach(feed::closed);
                feed.flush();
                out.printf("  plan put back; the bench's %,d cases closed (their pending deadlines cancelled)%n",
                        fanOut.incidents().size() + lateness.incidents().size());
            }
            out.printf("  %,d alert.overdue read; due → published %s%n  due → fired (overdueAt) %s; max %s%n", lateness.overdue(),
                    lateness.publishedLateness().describe(50, 99), lateness.firedLateness().describe(50, 99),
                    LatencySamples.millis(lateness.publishedLateness().maxMillis()));

            out.printf("%n== summary ==%n");
            MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
            out.println("  " + pgbench);
            double p99 = lateness.publishedLateness().percentileMillis(99);
            out.printf("  deadline lateness (due → alert.overdue on the topic), %,d pending, %,d due in one minute: p50 %s, p99 %s, max %s "
                            + "(aim p99 < 1 s: %s)%n", pending, lateness.overdue(), LatencySamples.millis(lateness.publishedLateness().percentileMillis(50)),
                    LatencySamples.millis(p99), LatencySamples.millis(lateness.publishedLateness().maxMillis()), p99 < 1000 ? "met" : "NOT met");
            double fanP99 = fan.percentileMillis(99);
            out.printf("  fan-out to 29 NCPs, dispatch → all delivered: p50 %s, p99 %s over %d cases (aim p99 < 500 ms: %s)%n",
                    LatencySamples.millis(fan.percentileMillis(50)), LatencySamples.millis(fanP99), fan.count(), fanP99 < 500 ? "met" : "NOT met");
        }
    }

    private void setPlan(URI escalation, String token, JsonNode plan, Duration high, String reason) throws Exception {
        ObjectNode change = json.createObjectNode().put("reason", reason);
        ObjectNode sla = ((ObjectNode) plan.path("acknowledgementSla").deepCopy()).put("HIGH", high.toString());
        ObjectNode backup = ((ObjectNode) plan.path("backupSla").deepCopy()).put("HIGH", high.toString());
        change.set("acknowledgementSla", sla);
        change.set("backupSla", backup);
        send(HttpRequest.newBuilder(escalation.resolve("/api/v1/plan")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(change.toString())));
    }

    private void restorePlan(URI escalation, String token, JsonNode plan) throws Exception {
        ObjectNode change = json.createObjectNode().put("reason", "benchmark over: the deadlines of version " + plan.path("version").asInt());
        change.set("acknowledgementSla", plan.path("acknowledgementSla"));
        change.set("backupSla", plan.path("backupSla"));
        send(HttpRequest.newBuilder(escalation.resolve("/api/v1/plan")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(change.toString())));
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new BenchAborted(response.request().method() + " " + response.request().uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }
}
