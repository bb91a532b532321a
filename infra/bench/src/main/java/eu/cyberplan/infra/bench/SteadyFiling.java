package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Files early warnings at a steady rate, whatever the stack is going through: the duty officer of EE reports a
 * cross-border incident hitting LV and LT, every {@code 1/rate} s, without waiting for the previous answer (a slow or
 * dead service must not slow the offered load down). Each outcome lands in the drill's {@link FilingWindow}.
 */
final class SteadyFiling implements AutoCloseable {

    static final List<String> RECIPIENTS = List.of("LV", "LT");

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI incidentsUri;
    private final AtomicReference<String> bearer = new AtomicReference<>();
    private final AtomicReference<FilingWindow> window = new AtomicReference<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "steady-filing");
        thread.setDaemon(true);
        return thread;
    });

    SteadyFiling(HttpClient http, ObjectMapper json, URI incidentReporting, String accessToken, int perSecond) {
        this.http = http;
        this.json = json;
        this.incidentsUri = incidentReporting.resolve("/api/v1/incidents");
        this.bearer.set("Bearer " + accessToken);
        ticker.scheduleAtFixedRate(this::fileOne, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
    }

    /** A fresh token before each drill: a run of the harness outlives one access token. */
    void useToken(String accessToken) {
        bearer.set("Bearer " + accessToken);
    }

    /** From now on outcomes count for a new drill; between drills filings go on but count for nothing. */
    FilingWindow openWindow() {
        FilingWindow opened = new FilingWindow(Instant.now());
        window.set(opened);
        return opened;
    }

    FilingWindow closeWindow() {
        return window.getAndSet(null);
    }

    private void fileOne() {
        FilingWindow current = window.get();
        HttpRequest request = HttpRequest.newBuilder(incidentsUri)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", bearer.get())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(earlyWarning(sequence.incrementAndGet())))
                .build();
        if (current != null) {
            current.sent();
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            if (current != null) {
                count(current, response, error);
            }
        });
    }

    private void count(FilingWindow current, HttpResponse<String> response, Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            current.refused(cause.getClass().getSimpleName(), false);
        } else if (response.statusCode() == 201) {
            try {
                JsonNode id = json.readTree(response.body()).path("id");
                current.accepted(UUID.fromString(id.asText()), Instant.now());
            } catch (Exception e) {
                current.refused("HTTP 201 without an incident id", false);
            }
        } else if (response.statusCode() >= 500) {
            current.serverError(response.statusCode(), response.headers().firstValue("Retry-After").isPresent());
        } else {
            current.refused("HTTP " + response.statusCode(), response.statusCode() >= 400);
        }
    }

    private String earlyWarning(long number) {
        return EarlyWarningFiler.earlyWarning(json, "Fault drill #" + number + ": ransomware on grid operator",
                "SCADA jump hosts encrypted (fault harness, infra/bench)", RECIPIENTS);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
