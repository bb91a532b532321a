package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.events.v1.Topics;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Load driver for the national side of the protocol, against the running stack: how many {@code alert.dispatched}
 * events per second contact-points takes into its inboxes (end to end: published to Kafka → {@code alert.delivered}
 * read back), and how fast it answers who is on duty with 31 countries × a year of shifts. Prints figures, asserts
 * nothing.
 */
public final class DutyBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.DutyBenchmark [flags]
              --base-contact-points URL   contact-points base URL               (default http://127.0.0.1:8081)
              --kafka HOST:PORT           Kafka bootstrap servers               (default 127.0.0.1:9092)
              --topic-prefix PREFIX       topic prefix                          (default cyberplan)
              --incidents N               measured flood: incidents × 30 alerts (default 2000, i.e. 60,000 alerts)
              --warmup-incidents N        unmeasured flood first                (default 500)
              --mode real|exercise        which topics the flood uses           (default exercise: keeps demo inboxes clean)
              --year YYYY                 the rostered year of the lookups      (default 2031)
              --lookup-seconds N          each lookup phase                     (default 20)
              --lookup-clients N          clients of the throughput phase       (default 8)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    private static final Set<String> FLAGS = Set.of("--base-contact-points", "--kafka", "--topic-prefix", "--incidents",
            "--warmup-incidents", "--mode", "--year", "--lookup-seconds", "--lookup-clients", "--pgbench");

    private final Flags flags;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI contactPoints;

    DutyBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
        this.contactPoints = URI.create(flags.text("--base-contact-points", "http://127.0.0.1:8081"));
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "duty", USAGE, FLAGS, flags -> new DutyBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan duty benchmark (inbox ingestion, on-duty lookups), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);

        String token = login("coordinator");
        Map<String, ZoneId> countries = countries(token);
        out.printf("  notifications waiting to be sent at the start: %,d (they are sent alongside whatever is measured)%n",
                pendingNotifications(token, countries.keySet()));
        // Lookups first, on a quiet stack: the flood leaves notifications behind that are sent for minutes after.
        int year = flags.number("--year", 2031);
        seed(token, countries, year);
        OnDutyLookups lookups = new OnDutyLookups(http, contactPoints, token, new ArrayList<>(countries.keySet()),
                LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.of("UTC")).toInstant(), LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneId.of("UTC")).toInstant());
        int seconds = flags.number("--lookup-seconds", 20);
        out.printf("%non-duty lookups: warm-up, 2 clients, 10 s (not measured)…%n");
        lookups.run(2, 10);
        out.printf("%non-duty lookups, 1 client, %d s…%n", seconds);
        OnDutyLookups.Result single = lookups.run(1, seconds);
        report(single);
        int clients = flags.number("--lookup-clients", 8);
        out.printf("on-duty lookups, %d clients, %d s…%n", clients, seconds);
        OnDutyLookups.Result parallel = lookups.run(clients, seconds);
        report(parallel);

        List<String> members = new ArrayList<>(countries.keySet());
        members.remove("CH");
        InboxIngestion.Result ingestion = new InboxIngestion(json, flags.text("--kafka", "127.0.0.1:9092"),
                flags.text("--topic-prefix", Topics.DEFAULT_PREFIX), !"real".equals(flags.text("--mode", "exercise")), out)
                .run(members, flags.number("--warmup-incidents", 500), flags.number("--incidents", 2000));

        out.printf("%n== summary ==%n");
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        out.println("  " + pgbench);
        out.printf("  inbox ingestion: %,.0f alert.dispatched/s end to end into the inbox and alert.delivered out (aim ≥ 5,000: %s); "
                        + "%,d alerts, %d delivered twice, latency p50 %s p99 %s%n",
                ingestion.perSecond(), ingestion.perSecond() >= 5000 ? "met" : "NOT met", ingestion.delivered(), ingestion.duplicates(),
                LatencySamples.millis(ingestion.latencies().percentileMillis(50)), LatencySamples.millis(ingestion.latencies().percentileMillis(99)));
        out.printf("  on-duty lookups (%d countries × %d, %s shifts): 1 client median %.3f ms (aim < 1 ms: %s), p99 %.3f ms, %,.0f/s; "
                        + "%d clients %,.0f/s, median %.3f ms, p99 %.3f ms%n",
                countries.size(), year, "3/day", single.latencies().percentileMillis(50),
                single.latencies().percentileMillis(50) < 1 ? "met" : "NOT met", single.latencies().percentileMillis(99), single.perSecond(),
                clients, parallel.perSecond(), parallel.latencies().percentileMillis(50), parallel.latencies().percentileMillis(99));
    }

    private void report(OnDutyLookups.Result result) {
        out.printf("  %,d answers (%,d with a primary on duty, %d failed) in %.1f s = %,.0f/s; median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.1f ms%n",
                result.answered(), result.withPrimary(), result.failed(), result.seconds(), result.perSecond(),
                result.latencies().percentileMillis(50), result.latencies().percentileMillis(90), result.latencies().percentileMillis(99),
                result.latencies().maxMillis());
    }

    /** Every country of the directory with its main time zone. */
    private Map<String, ZoneId> countries(String token) throws Exception {
        JsonNode page = json.readTree(send(HttpRequest.newBuilder(contactPoints.resolve("/api/v1/countries"))
                .header("Authorization", "Bearer " + token).GET(), 200));
        Map<String, ZoneId> countries = new LinkedHashMap<>();
        page.path("items").forEach(c -> countries.put(c.path("code").asText(), ZoneId.of(c.path("timeZones").path(0).asText())));
        return countries;
    }

    /** How many notifications the stack still has to send, from each country's notification list. */
    private long pendingNotifications(String token, Iterable<String> countries) throws Exception {
        long pending = 0;
        for (String country : countries) {
            pending += json.readTree(send(HttpRequest.newBuilder(contactPoints.resolve("/api/v1/countries/" + country + "/notifications?status=PENDING&size=1"))
                    .header("Authorization", "Bearer " + token).GET(), 200)).path("total").asLong();
        }
        return pending;
    }

    private void seed(String token, Map<String, ZoneId> countries, int year) throws Exception {
        out.printf("%nrostering %d countries for %d (3 shifts a day, local time)…%n", countries.size(), year);
        long start = System.nanoTime();
        for (Map.Entry<String, ZoneId> country : countries.entrySet()) {
            for (String quarter : YearOfShifts.quarters(json, country.getKey(), year, country.getValue())) {
                send(HttpRequest.newBuilder(contactPoints.resolve("/api/v1/countries/" + country.getKey() + "/roster"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .PUT(HttpRequest.BodyPublishers.ofString(quarter)), 200);
            }
        }
        out.printf("  %d rosters of a year replaced in %.1f s%n", countries.size(), (System.nanoTime() - start) / 1e9);
    }

    private String login(String username) {
        return new DutyOfficerLogin(http, json, contactPoints).accessToken(username, "demo");
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new BenchAborted(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

}
