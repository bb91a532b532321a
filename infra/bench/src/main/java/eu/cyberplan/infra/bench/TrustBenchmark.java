package eu.cyberplan.infra.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What validating a bearer token costs per request with a trust list of 31 issuers (DESIGN §11), against one issuer:
 * a closed loop of authenticated requests to a cheap endpoint (a significance assessment computes, stores nothing),
 * each with a different token, from 1 issuer and then from all 31 in turn. The JWKS fetches each phase caused are
 * counted from the log of the server that publishes the issuers' keys: with the cache, none once warm.
 * <pre>
 *   TrustBenchmark prepare DIR JWKS_BASE_URL     writes 31 keys, their JWKS files and DIR/trust.json
 *   TrustBenchmark measure DIR [--url U] [--seconds S] [--concurrency C] [--jwks-log FILE] [--pgbench LINE]
 * </pre>
 */
public final class TrustBenchmark {

    private static final String BODY = "{\"entityType\":\"CLOUD_COMPUTING\",\"completeUnavailabilityMinutes\":31}";

    private final PrintStream out = System.out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> flags;

    private TrustBenchmark(Map<String, String> flags) {
        this.flags = flags;
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("prepare")) {
            TrustIssuers.prepare(Path.of(args[1]), args[2]);
            return;
        }
        if (args.length < 2 || !args[0].equals("measure")) {
            System.err.println("usage: TrustBenchmark prepare DIR JWKS_BASE_URL | measure DIR [--url U] [--seconds S] [--concurrency C] [--jwks-log F] [--pgbench LINE]");
            System.exit(2);
        }
        Map<String, String> flags = new HashMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            flags.put(args[i], args[i + 1]);
        }
        new TrustBenchmark(flags).measure(TrustIssuers.load(Path.of(args[1])));
    }

    private void measure(TrustIssuers issuers) throws Exception {
        int seconds = Integer.parseInt(flags.getOrDefault("--seconds", "20"));
        int concurrency = Integer.parseInt(flags.getOrDefault("--concurrency", "16"));
        List<String> one = issuers.tokens(1, 310);
        List<String> all = issuers.tokens(31, 10);
        out.printf("Token validation: POST %s/api/v1/significance-assessments, %d in flight, %d s per phase%n", url(), concurrency, seconds);
        phase("warm-up (31 issuers)", all, Math.max(5, seconds / 2), concurrency);
        Result single = phase("1 issuer", one, seconds, concurrency);
        Result many = phase("31 issuers", all, seconds, concurrency);
        Result singleAgain = phase("1 issuer, again", one, seconds, concurrency);
        out.println();
        out.println("================ Token validation benchmark summary ================");
        MachineDescription.ofThisMachine().lines().forEach(line -> out.println("machine  " + line));
        for (Result result : List.of(single, many, singleAgain)) {
            out.println(result.line());
        }
        out.printf("31 issuers / 1 issuer: %.2f of the requests/s%n", many.perSecond() / ((single.perSecond() + singleAgain.perSecond()) / 2));
        flags.entrySet().stream().filter(f -> f.getKey().equals("--pgbench")).findFirst().ifPresent(f -> out.println(f.getValue()));
        out.println("====================================================================");
    }

    private record Result(String name, double perSecond, int refused, int refusedStatus, LatencySamples latency, long jwksFetches) {
        String line() {
            return String.format("%-16s %6.0f req/s  %s  refused %d%s  JWKS fetches %d", name, perSecond, latency.describe(50, 95, 99), refused,
                    refused == 0 ? "" : " (last: " + refusedStatus + ")", jwksFetches);
        }
    }

    private Result phase(String name, List<String> tokens, int seconds, int concurrency) throws Exception {
        long fetchesBefore = jwksFetches();
        LatencySamples latency = new LatencySamples();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger refusedStatus = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                while (System.nanoTime() < end) {
                    String token = tokens.get(Math.floorMod(next.getAndIncrement(), tokens.size()));
                    long start = System.nanoTime();
                    int status = post(token);
                    latency.record(System.nanoTime() - start);
                    if (status == 200) {
                        accepted.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                        refusedStatus.set(status);
                    }
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        Result result = new Result(name, accepted.get() / (double) seconds, refused.get(), refusedStatus.get(), latency, jwksFetches() - fetchesBefore);
        out.println(result.line());
        return result;
    }

    private int post(String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/api/v1/significance-assessments")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String url() {
        return flags.getOrDefault("--url", "http://127.0.0.1:8082");
    }

    /** GETs in the JWKS server's access log (python3 -m http.server writes one line per request). */
    private long jwksFetches() throws IOException {
        String log = flags.get("--jwks-log");
        if (log == null || !Files.exists(Path.of(log))) {
            return -1;
        }
        try (var lines = Files.lines(Path.of(log))) {
            return lines.filter(line -> line.contains("\"GET ")).count();
        }
    }
}
