package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/** Files early warnings at incident-reporting as duty officer of EE: a cross-border incident hitting LV, LT and FI. */
final class EarlyWarningFiler {

    static final List<String> AFFECTED_COUNTRIES = List.of("LV", "LT", "FI");
    static final String REPORTER_COUNTRY = "EE";

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI incidentsUri;
    private final String bearer;
    private final AtomicLong sequence = new AtomicLong();

    EarlyWarningFiler(HttpClient http, ObjectMapper json, URI incidentReporting, String accessToken) {
        this.http = http;
        this.json = json;
        this.incidentsUri = incidentReporting.resolve("/api/v1/incidents");
        this.bearer = "Bearer " + accessToken;
    }

    /** Sends one early warning now; the future never fails, a failure is an outcome. */
    CompletableFuture<FilingOutcome> file() {
        HttpRequest request = HttpRequest.newBuilder(incidentsUri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(earlyWarning(sequence.incrementAndGet())))
                .build();
        long sentNanos = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> outcome(response, error, sentNanos, System.nanoTime()));
    }

    private FilingOutcome outcome(HttpResponse<String> response, Throwable error, long sentNanos, long doneNanos) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            return FilingOutcome.refused(0, cause.getClass().getSimpleName(), sentNanos, doneNanos);
        }
        if (response.statusCode() != 201) {
            return FilingOutcome.refused(response.statusCode(), "HTTP " + response.statusCode(), sentNanos, doneNanos);
        }
        try {
            JsonNode id = json.readTree(response.body()).path("id");
            return FilingOutcome.accepted(UUID.fromString(id.asText()), sentNanos, doneNanos);
        } catch (Exception e) {
            return FilingOutcome.refused(201, "HTTP 201 without an incident id", sentNanos, doneNanos);
        }
    }

    private String earlyWarning(long number) {
        return earlyWarning(json, "Bench #" + number + ": ransomware on grid operator", "SCADA jump hosts encrypted (load driver, infra/bench)",
                AFFECTED_COUNTRIES);
    }

    /** The body of one early warning of EE's duty officer: a cross-border ransomware incident in the energy sector. */
    static String earlyWarning(ObjectMapper json, String title, String summary, List<String> affectedCountries) {
        ObjectNode body = json.createObjectNode()
                .put("title", title)
                .put("summary", summary)
                .put("awareAt", Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString())
                .put("severity", "HIGH")
                .put("rsitClass", "malicious-code")
                .put("rsitType", "infected-system")
                .put("tlp", "AMBER")
                .put("pap", "AMBER")
                .put("reporterCountry", REPORTER_COUNTRY)
                .put("crossBorder", true)
                .put("suspectedMalicious", true);
        affectedCountries.forEach(body.putArray("affectedCountries")::add);
        body.putArray("sectors").add("energy");
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write an early warning as JSON", e);
        }
    }
}
