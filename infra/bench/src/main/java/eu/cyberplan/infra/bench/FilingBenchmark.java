package eu.cyberplan.infra.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for filing: measures, against the running stack over HTTP and Kafka, how long an early warning
 * takes to reach the inboxes of its recipient countries, and how many early warnings per second are accepted.
 * Not a test: it prints figures and asserts nothing. See {@link BenchOptions#USAGE} for the flags.
 */
public final class FilingBenchmark {

    static final String USERNAME = "duty.ee";
    static final String PASSWORD = "demo";
    /** escalation, whose case board the open consoles stream (--consoles). */
    private static final URI ESCALATION = URI.create("http://127.0.0.1:8083");
    static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);
    /** JIT-compiles the six JVMs of the stack before anything is measured; BENCH_WARMUP_SECONDS=0 skips it. */
    static final int WARMUP_SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "45"));
    static final int WARMUP_IN_FLIGHT = 4;
    /** After the warm-up, the pipeline has drained when no delivery was reported for this long. */
    static final Duration QUIET = Duration.ofSeconds(5);
    static final Duration DRAIN_AT_MOST = Duration.ofMinutes(10);

    private final BenchOptions options;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();

    FilingBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        if (BenchOptions.asksForHelp(args)) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("filing benchmark: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        quietLibraryLogging();
        try {
            new FilingBenchmark(options, System.out).run();
        } catch (BenchAborted e) {
            System.err.println("filing benchmark aborted: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
        System.exit(0);
    }

    /**
     * Files unmeasured incidents, then waits until the pipeline has delivered them (no delivery reported for
     * {@link #QUIET}), so the figures are of a warm stack and not of the warm-up's backlog.
     */
    private void warmUp(EarlyWarningFiler filer) throws InterruptedException {
        if (WARMUP_SECONDS <= 0) {
            return;
        }
        out.printf("%nwarm-up: %d in flight for %d s, then until no delivery for %d s (not measured)…%n",
                WARMUP_IN_FLIGHT, WARMUP_SECONDS, QUIET.toSeconds());
        AtomicLong deliveries = new AtomicLong();
        AtomicLong lastDelivery = new AtomicLong(System.nanoTime());
        try (TopicTail tail = new TopicTail(options.kafkaBootstrap(), List.of(options.receiptsTopic()), record -> {
            deliveries.incrementAndGet();
            lastDelivery.set(System.nanoTime());
        }).start()) {
            ThroughputPhase.Result warm = new ThroughputPhase(filer).run(WARMUP_IN_FLIGHT, WARMUP_SECONDS);
            long filedAt = System.nanoTime();
            long deliveredBefore = deliveries.get();
            long deadline = filedAt + DRAIN_AT_MOST.toNanos();
            while (System.nanoTime() - lastDelivery.get() < QUIET.toNanos() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            double drainSeconds = Math.max(0, lastDelivery.get() - filedAt) / 1e9;
            out.printf("warm-up filed %d incidents (%d/s); %,d deliveries reported meanwhile, %,d more in the %.1f s after%s%n",
                    warm.responses().accepted(), Math.round(warm.responses().accepted() / (double) WARMUP_SECONDS),
                    deliveredBefore, deliveries.get() - deliveredBefore, drainSeconds,
                    System.nanoTime() >= deadline ? " (still delivering after " + DRAIN_AT_MOST.toMinutes() + " min)" : "");
        }
    }

    void run() throws InterruptedException {
        out.printf("CyberPlan filing benchmark, %s%n", Instant.now());
        out.printf("contact-points %s, incident-reporting %s, kafka %s, topic %s%n",
                options.contactPoints(), options.incidentReporting(), options.kafkaBootstrap(), options.receiptsTopic());
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        DutyOfficerLogin login = new DutyOfficerLogin(http, json, options.contactPoints());
        String token = login.accessToken(USERNAME, PASSWORD);
        out.printf("logged in as %s%n", USERNAME);
        EarlyWarningFiler filer = new EarlyWarningFiler(http, json, options.incidentReporting(), token);
        PhaseReport report = new PhaseReport(out);
        LatencyPhase.Result latency;
        ThroughputPhase.Result throughput;
        try (OpenConsoles consoles = OpenConsoles.open(options.consoles(), EarlyWarningFiler.AFFECTED_COUNTRIES, login,
                options.contactPoints(), ESCALATION)) {
            if (options.consoles() > 0) {
                out.printf("%d consoles open (NCPs of %s), each streaming its inbox and the case board%n",
                        options.consoles(), EarlyWarningFiler.AFFECTED_COUNTRIES);
            }
            warmUp(filer);

            latency = measureLatency(filer);
            report.latency(latency, EarlyWarningFiler.AFFECTED_COUNTRIES.size());

            out.printf("%nthroughput phase: %d in flight for %d s…%n", options.concurrency(), options.throughputSeconds());
            throughput = new ThroughputPhase(filer).run(options.concurrency(), options.throughputSeconds());
            report.throughput(throughput);
            if (options.consoles() > 0) {
                out.printf("%nthe %d open consoles heard %,d changes, read again %,d times, %d stream or read failures%n",
                        options.consoles(), consoles.changes(), consoles.reads(), consoles.failures());
            }
        }

        new BenchSummary(out).print(MachineDescription.ofThisMachine(), latency, throughput, options.pgbenchLine());
    }

    private LatencyPhase.Result measureLatency(EarlyWarningFiler filer) throws InterruptedException {
        DeliveryLedger ledger = new DeliveryLedger(EarlyWarningFiler.AFFECTED_COUNTRIES.size());
        try (DeliveryWatcher watcher = new DeliveryWatcher(options.kafkaBootstrap(), options.receiptsTopic(), ledger, json)) {
            watcher.startAndAwaitAssignment(ASSIGNMENT_TIMEOUT);
            out.printf("%nlatency phase: %d incidents/s for %d s, consumer assigned…%n",
                    options.rate(), options.latencySeconds());
            LatencyPhase.Result result = new LatencyPhase(filer, ledger).run(options.rate(), options.latencySeconds());
            if (watcher.malformed() > 0) {
                out.printf("receipts consumer skipped %d alert.delivered values it could not read%n", watcher.malformed());
            }
            return result;
        }
    }

    /** Logback without a configuration logs everything at DEBUG; the Kafka client would drown the figures. */
    private static void quietLibraryLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }
}
