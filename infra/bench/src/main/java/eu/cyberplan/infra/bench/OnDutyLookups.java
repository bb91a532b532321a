package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks {@code GET /countries/{cc}/on-duty?at=} for random countries and instants of the rostered year from a number
 * of clients at once, each waiting for its answer before the next question, for a fixed time.
 */
final class OnDutyLookups {

    /** What a run of lookups measured. */
    record Result(int clients, double seconds, LatencySamples latencies, int answered, int withPrimary, int failed) {

        double perSecond() {
            return answered / seconds;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI contactPoints;
    private final String token;
    private final List<String> countries;
    private final Instant yearStart;
    private final long yearSeconds;

    OnDutyLookups(HttpClient http, URI contactPoints, String token, List<String> countries, Instant yearStart, Instant yearEnd) {
        this.http = http;
        this.contactPoints = contactPoints;
        this.token = token;
        this.countries = countries;
        this.yearStart = yearStart;
        this.yearSeconds = Duration.between(yearStart, yearEnd).toSeconds();
    }

    Result run(int clients, int seconds) throws InterruptedException {
        LatencySamples latencies = new LatencySamples();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger withPrimary = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    ask(latencies, answered, withPrimary, failed);
                }
            }, "on-duty-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(clients, elapsed, latencies, answered.get(), withPrimary.get(), failed.get());
    }

    private void ask(LatencySamples latencies, AtomicInteger answered, AtomicInteger withPrimary, AtomicInteger failed) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String country = countries.get(random.nextInt(countries.size()));
        Instant at = yearStart.plusSeconds(random.nextLong(yearSeconds));
        HttpRequest request = HttpRequest.newBuilder(contactPoints.resolve("/api/v1/countries/" + country + "/on-duty?at=" + at))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10))
                .GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                failed.incrementAndGet();
                return;
            }
            latencies.record(took);
            answered.incrementAndGet();
            if (JSON.readTree(response.body()).path("primary").isObject()) {
                withPrimary.incrementAndGet();
            }
        } catch (IOException e) {
            failed.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
