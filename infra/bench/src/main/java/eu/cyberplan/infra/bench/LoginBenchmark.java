package eu.cyberplan.infra.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Logins per second with PBKDF2 as configured (DESIGN §12): demo duty officers of every member country log in with a
 * fixed number in flight, once cold (right after the stack started) and once warm. Then the enumeration check of
 * issue 19: the answer time of a wrong password for known usernames beside unknown ones (16 failures in all, one per
 * username, far below the per-address limit of 50). Not a test: it prints figures and asserts nothing.
 */
public final class LoginBenchmark {

    static final int WARMUP_SECONDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "20"));
    static final List<String> COUNTRIES = List.of("at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr",
            "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li", "no");

    private final BenchOptions options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI login;

    LoginBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.login = options.contactPoints().resolve("/api/v1/login");
    }

    public static void main(String[] args) throws Exception {
        if (BenchOptions.asksForHelp(args)) {
            System.out.println(BenchOptions.USAGE + "\n  (login uses --concurrency, default here 4, and --throughput-seconds)");
            return;
        }
        try {
            List<String> flags = new ArrayList<>(List.of(args));
            if (!String.join(" ", flags).contains("--concurrency")) {
                flags.addAll(List.of("--concurrency", "4"));
            }
            new LoginBenchmark(BenchOptions.parse(flags.toArray(String[]::new)), System.out).run();
        } catch (BenchAborted | IllegalArgumentException e) {
            System.err.println("login benchmark aborted: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    void run() throws Exception {
        out.printf("CyberPlan login benchmark, %s%n", Instant.now());
        out.printf("%ncold: %d in flight for %d s, right after the stack started…%n", options.concurrency(), options.throughputSeconds());
        Phase cold = logins(options.concurrency(), options.throughputSeconds());
        cold.print("cold");
        if (WARMUP_SECONDS > 0) {
            out.printf("%nwarm-up: %d in flight for %d s (not measured)…%n", options.concurrency(), WARMUP_SECONDS);
            logins(options.concurrency(), WARMUP_SECONDS);
        }
        out.printf("%nwarm: %d in flight for %d s…%n", options.concurrency(), options.throughputSeconds());
        Phase warm = logins(options.concurrency(), options.throughputSeconds());
        warm.print("warm");
        LatencySamples known = new LatencySamples();
        LatencySamples unknown = new LatencySamples();
        for (int i = 0; i < 8; i++) {
            String cc = COUNTRIES.get(i);
            time(known, "ncp." + cc, "not-the-password", 401);
            time(unknown, "nobody" + i + "." + cc, "not-the-password", 401);
        }
        out.println();
        out.println("================ Login benchmark summary ================");
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("machine  " + line));
        out.printf("cold     %.1f logins/s  %s  (%d refused)%n", cold.perSecond(), cold.latency().describe(50, 99), cold.refused().get());
        out.printf("warm     %.1f logins/s  %s  (%d refused)%n", warm.perSecond(), warm.latency().describe(50, 99), warm.refused().get());
        out.printf("wrong password, known username   %s%n", known.describe(50, 99));
        out.printf("wrong password, unknown username %s%n", unknown.describe(50, 99));
        options.pgbenchLine().ifPresent(line -> out.println(line));
        out.println("=========================================================");
    }

    private record Phase(LatencySamples latency, AtomicLong refused, double seconds, PrintStream out) {
        double perSecond() {
            return latency.count() / seconds;
        }

        void print(String name) {
            out.printf(Locale.ROOT, "%s: %d logins in %.1f s = %.1f/s, %s, %d refused%n", name, latency.count(), seconds, perSecond(),
                    latency.describe(50, 99), refused.get());
        }
    }

    private Phase logins(int inFlight, int seconds) throws InterruptedException {
        LatencySamples latency = new LatencySamples();
        AtomicLong refused = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(inFlight);
        for (int c = 0; c < inFlight; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = client; System.nanoTime() < end; i += inFlight) {
                    if (!time(latency, "duty." + COUNTRIES.get(i % COUNTRIES.size()), "demo", 200)) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return new Phase(latency, refused, (System.nanoTime() - start) / 1e9, out);
    }

    /** Records the answer time when the status is the expected one. */
    private boolean time(LatencySamples samples, String username, String password, int expected) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        HttpRequest request = HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                if (response.statusCode() == 429) {
                    throw new BenchAborted("login of " + username + " answered 429: a lock from an earlier run, wait 15 min");
                }
                return false;
            }
            samples.record(System.nanoTime() - start);
            return true;
        } catch (IOException e) {
            throw new BenchAborted("login at " + login + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchAborted("interrupted");
        }
    }
}
