package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Early warnings with everything a real filing carries: RSIT class, NIS2 sector and subsector, the entity with its
 * type and turnover (so the 2024/2690 significance assessment runs its thresholds), impact figures and indicators.
 * Files them closed-loop, a number in flight, for some seconds.
 */
final class ClassifiedFilings {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI incidents;
    private final String bearer;
    private final AtomicLong sequence = new AtomicLong();

    ClassifiedFilings(HttpClient http, ObjectMapper json, URI incidentReporting, String accessToken) {
        this.http = http;
        this.json = json;
        this.incidents = incidentReporting.resolve("/api/v1/incidents");
        this.bearer = "Bearer " + accessToken;
    }

    record Result(long accepted, long refused, double seconds, LatencySamples latencies, String firstRefusal) {
        double perSecond() {
            return accepted / seconds;
        }
    }

    Result run(int inFlight, int seconds) throws InterruptedException {
        LatencySamples latencies = new LatencySamples();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        String[] firstRefusal = {null};
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(inFlight);
        for (int i = 0; i < inFlight; i++) {
            Thread filer = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request(body(sequence.incrementAndGet(), 5)), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            accepted.incrementAndGet();
                            latencies.record(System.nanoTime() - sent);
                        } else {
                            refused.incrementAndGet();
                            synchronized (firstRefusal) {
                                firstRefusal[0] = firstRefusal[0] == null ? response.statusCode() + " " + response.body() : firstRefusal[0];
                            }
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }
                done.countDown();
            }, "filer-" + i);
            filer.setDaemon(true);
            filer.start();
        }
        done.await();
        return new Result(accepted.get(), refused.get(), (System.nanoTime() - start) / 1e9, latencies, firstRefusal[0]);
    }

    /** Files one incident with {@code indicators} indicators and answers its id. */
    String fileOne(int indicators) throws Exception {
        HttpResponse<String> response = http.send(request(body(sequence.incrementAndGet(), indicators)), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new BenchAborted("filing an incident with " + indicators + " indicators answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).path("id").asText();
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(incidents).timeout(Duration.ofSeconds(30)).header("Authorization", bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String body(long number, int indicatorCount) {
        ObjectNode body = json.createObjectNode()
                .put("title", "Bench #" + number + ": cloud control plane outage with data exfiltration")
                .put("summary", "Tenant isolation bypassed; customer data copied out (load driver, infra/bench)")
                .put("awareAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .put("severity", "HIGH").put("rsitClass", "information-content-security").put("rsitType", "unauthorised-information-access")
                .put("tlp", "AMBER").put("pap", "AMBER").put("crossBorder", true).put("suspectedMalicious", true);
        body.putArray("affectedCountries").add("LV").add("LT");
        body.putArray("sectors").add("digital-infrastructure");
        body.putArray("subsectors").add("digital-infrastructure-subsector");
        body.putObject("entity").put("name", "Bench Cloud OÜ").put("entityType", "CLOUD_COMPUTING").put("annualTurnoverEur", 12_000_000);
        body.putObject("impact").put("affectedUsers", 80_000 + number % 1000).put("durationMinutes", 45).put("financialLossEur", 250_000);
        ArrayNode indicators = body.putArray("indicators");
        for (int i = 0; i < indicatorCount; i++) {
            indicators.addObject().put("type", "ipv4-addr").put("value", "198.51.%d.%d".formatted(i / 250 % 250, i % 250 + 1))
                    .put("description", "C2 address " + i);
        }
        return body.toString();
    }
}
