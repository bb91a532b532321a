package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the audit trail costs filing: early warnings filed with a fixed number in flight, once cold (right after the
 * stack started) and once warm, against a stack started with auditing on or off ({@code CYBERPLAN_AUDIT_ENABLED};
 * {@code run-audit-bench.sh} starts it both ways in one sitting). With auditing on, it also measures how long the
 * sealer takes to chain the last entry after the load stops, and how long {@code /audit/verify} walks the chain.
 * Not a test: it prints figures and asserts nothing.
 */
public final class AuditBenchmark {

    static final int WARMUP_SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "45"));
    static final Duration DRAIN = Duration.ofSeconds(20);
    static final Duration SEAL_TIMEOUT = Duration.ofMinutes(3);

    private final BenchOptions options;
    private final String label;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    AuditBenchmark(BenchOptions options, String label, PrintStream out) {
        this.options = options;
        this.label = label;
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        if (BenchOptions.asksForHelp(args)) {
            System.out.println(BenchOptions.USAGE + "\n  AUDIT_LABEL=on|off names the run (how the stack was started)");
            return;
        }
        String label = System.getenv().getOrDefault("AUDIT_LABEL", "as started");
        try {
            new AuditBenchmark(BenchOptions.parse(args), label, System.out).run();
        } catch (BenchAborted | IllegalArgumentException e) {
            System.err.println("audit benchmark aborted: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    void run() throws InterruptedException {
        out.printf("CyberPlan audit benchmark (auditing %s), %s%n", label, Instant.now());
        String duty = new DutyOfficerLogin(http, json, options.contactPoints()).accessToken(FilingBenchmark.USERNAME, FilingBenchmark.PASSWORD);
        String auditor = new DutyOfficerLogin(http, json, options.contactPoints()).accessToken("auditor", "demo");
        EarlyWarningFiler filer = new EarlyWarningFiler(http, json, options.incidentReporting(), duty);
        PhaseReport report = new PhaseReport(out);

        out.printf("%ncold: %d in flight for %d s, right after the stack started…%n", options.concurrency(), options.throughputSeconds());
        long beforeCold = lastId(auditor);
        ThroughputPhase.Result cold = new ThroughputPhase(filer).run(options.concurrency(), options.throughputSeconds());
        report.throughput(cold);
        Optional<Duration> coldSeal = sealedWithin(auditor, beforeCold);

        if (WARMUP_SECONDS > 0) {
            out.printf("%nwarm-up: 4 in flight for %d s, then %d s to drain (not measured)…%n", WARMUP_SECONDS, DRAIN.toSeconds());
            new ThroughputPhase(filer).run(4, WARMUP_SECONDS);
            Thread.sleep(DRAIN.toMillis());
        }
        out.printf("%nwarm: %d in flight for %d s…%n", options.concurrency(), options.throughputSeconds());
        long beforeWarm = lastId(auditor);
        ThroughputPhase.Result warm = new ThroughputPhase(filer).run(options.concurrency(), options.throughputSeconds());
        report.throughput(warm);
        Optional<Duration> warmSeal = sealedWithin(auditor, beforeWarm);
        summary(cold, warm, coldSeal, warmSeal, auditor);
    }

    /** How long after the load stopped the sealer had chained every entry; empty when the load recorded none (auditing off). */
    private Optional<Duration> sealedWithin(String auditor, long lastIdBefore) throws InterruptedException {
        long start = System.nanoTime();
        if (lastId(auditor) == lastIdBefore) {
            return Optional.empty();
        }
        while (System.nanoTime() - start < SEAL_TIMEOUT.toNanos()) {
            JsonNode verdict = verify(auditor);
            if (!verdict.path("valid").asBoolean()) {
                throw new BenchAborted("the chain is broken at " + verdict.path("firstBrokenId").asLong());
            }
            if (verdict.path("sealedUpTo").asLong() >= lastId(auditor)) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - start));
            }
            Thread.sleep(100);
        }
        throw new BenchAborted("the sealer did not catch up within " + SEAL_TIMEOUT);
    }

    private void summary(ThroughputPhase.Result cold, ThroughputPhase.Result warm, Optional<Duration> coldSeal,
                         Optional<Duration> warmSeal, String auditor) {
        long startNanos = System.nanoTime();
        JsonNode verdict = verify(auditor);
        double verifyMillis = (System.nanoTime() - startNanos) / 1e6;
        out.println();
        out.println("================ Audit benchmark summary ================");
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("machine  " + line));
        out.printf("auditing %s%n", label);
        out.printf("cold     accepted %.0f/s  POST %s%n", cold.acceptedPerSecond(), cold.responses().responseLatency().describe(50, 99));
        out.printf("warm     accepted %.0f/s  POST %s%n", warm.acceptedPerSecond(), warm.responses().responseLatency().describe(50, 99));
        out.printf("sealed   cold: %s after the load, warm: %s after the load%n", seconds(coldSeal), seconds(warmSeal));
        out.printf("verify   %s entries in incident-reporting, walked in %.0f ms (valid: %s)%n",
                verdict.path("entries").asText(), verifyMillis, verdict.path("valid").asText());
        options.pgbenchLine().flatMap(PgbenchFigure::parse).ifPresent(figure -> out.printf("%s  (warm filing / pgbench = %.2f)%n",
                figure.line(), warm.acceptedPerSecond() / figure.tps()));
        out.println("=========================================================");
    }

    private static String seconds(Optional<Duration> sealed) {
        return sealed.map(d -> String.format("%.2f s", d.toMillis() / 1000.0)).orElse("n/a (nothing audited)");
    }

    private JsonNode verify(String auditor) {
        return get(auditor, "/api/v1/audit/verify");
    }

    private long lastId(String auditor) {
        JsonNode items = get(auditor, "/api/v1/audit?size=1").path("items");
        return items.isEmpty() ? 0 : items.get(0).path("id").asLong();
    }

    private JsonNode get(String token, String path) {
        URI uri = options.incidentReporting().resolve(path);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BenchAborted(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new BenchAborted(uri + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchAborted("interrupted");
        }
    }
}
