package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Load driver for incident reporting, against the running stack: early warnings per second with classification and
 * the significance assessment on (every filing carries an entity of a 2024/2690 type with impact figures), and the
 * time to export a 500-indicator incident as STIX 2.1 and as MISP. Prints figures, asserts nothing.
 */
public final class IncidentsBenchmark {

    static final String USAGE = """
            Usage: java -cp cyberplan-bench.jar eu.cyberplan.infra.bench.IncidentsBenchmark [flags]
              --base-contact-points URL   contact-points base URL (login)        (default http://127.0.0.1:8081)
              --base-incidents URL        incident-reporting base URL            (default http://127.0.0.1:8082)
              --in-flight N               filings in flight                      (default 32)
              --seconds N                 measured filing phase                  (default 30)
              --indicators N              indicators of the exported incident    (default 500)
              --exports N                 measured exports of each format        (default 200)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio""";

    private static final Set<String> FLAGS = Set.of("--base-contact-points", "--base-incidents", "--in-flight", "--seconds",
            "--indicators", "--exports", "--pgbench");

    private final Flags flags;
    private final PrintStream out;

    IncidentsBenchmark(Flags flags, PrintStream out) {
        this.flags = flags;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "incidents", USAGE, FLAGS, flags -> new IncidentsBenchmark(flags, System.out)::run);
    }

    void run() throws Exception {
        out.printf("CyberPlan incidents benchmark (classified filings with significance, STIX/MISP export), %s%n", Instant.now());
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        String pgbench = flags.text("--pgbench", "pgbench: not measured in this sitting");
        out.println("  " + pgbench);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        URI incidents = URI.create(flags.text("--base-incidents", "http://127.0.0.1:8082"));
        String token = new DutyOfficerLogin(http, json, URI.create(flags.text("--base-contact-points", "http://127.0.0.1:8081")))
                .accessToken("duty.ee", "demo");
        ClassifiedFilings filings = new ClassifiedFilings(http, json, incidents, token);

        int inFlight = flags.number("--in-flight", 32);
        out.printf("%nwarm-up: classified filings, 8 in flight, 20 s (not measured)…%n");
        report(filings.run(8, 20));
        out.printf("classified filings, 1 in flight, 15 s…%n");
        ClassifiedFilings.Result single = filings.run(1, 15);
        report(single);
        int seconds = flags.number("--seconds", 30);
        out.printf("classified filings, %d in flight, %d s…%n", inFlight, seconds);
        ClassifiedFilings.Result loaded = filings.run(inFlight, seconds);
        report(loaded);

        int indicators = flags.number("--indicators", 500);
        int exports = flags.number("--exports", 200);
        String id = filings.fileOne(indicators);
        ExportTimings timings = new ExportTimings(http, token);
        out.printf("STIX 2.1 export of an incident with %d indicators, 20 warm-up + %d measured, one after another…%n", indicators, exports);
        ExportTimings.Result stix = timings.run(incidents.resolve("/api/v1/incidents/" + id + "/stix"), 20, exports);
        out.printf("  %,d bytes; %s%n", stix.bytes(), stix.latencies().describe(50, 90, 99));
        out.printf("MISP export of the same incident…%n");
        ExportTimings.Result misp = timings.run(incidents.resolve("/api/v1/incidents/" + id + "/misp"), 20, exports);
        out.printf("  %,d bytes; %s%n", misp.bytes(), misp.latencies().describe(50, 90, 99));

        out.printf("%n== summary ==%n");
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("  " + line));
        out.println("  " + pgbench);
        out.printf("  classified filings with significance: %,.0f/s with %d in flight (p50 %s, p99 %s, %d refused); "
                        + "1 in flight %,.0f/s (p50 %s, p99 %s)%n",
                loaded.perSecond(), inFlight, LatencySamples.millis(loaded.latencies().percentileMillis(50)),
                LatencySamples.millis(loaded.latencies().percentileMillis(99)), loaded.refused(), single.perSecond(),
                LatencySamples.millis(single.latencies().percentileMillis(50)), LatencySamples.millis(single.latencies().percentileMillis(99)));
        out.printf("  STIX export, %d indicators: median %s, p99 %s (%,d bytes); MISP: median %s, p99 %s (%,d bytes)%n", indicators,
                LatencySamples.millis(stix.latencies().percentileMillis(50)), LatencySamples.millis(stix.latencies().percentileMillis(99)), stix.bytes(),
                LatencySamples.millis(misp.latencies().percentileMillis(50)), LatencySamples.millis(misp.latencies().percentileMillis(99)), misp.bytes());
    }

    private void report(ClassifiedFilings.Result result) {
        out.printf("  %,d accepted, %,d refused in %.1f s = %,.0f/s; %s%n", result.accepted(), result.refused(), result.seconds(),
                result.perSecond(), result.latencies().describe(50, 90, 99));
        if (result.firstRefusal() != null) {
            out.println("  first refusal: " + result.firstRefusal());
        }
    }
}
