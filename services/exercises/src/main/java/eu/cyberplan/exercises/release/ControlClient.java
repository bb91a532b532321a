package eu.cyberplan.exercises.release;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Exercise control's calls to the other services' public APIs, as a person would make them (DESIGN §2, §8): filing
 * inject incidents at incident-reporting and, for simulated participants, acknowledging at contact-points; always with
 * the service token and an {@code Idempotency-Key}, so a retry after a crash changes nothing.
 */
@Singleton
public class ControlClient {

    private final HttpClient http;
    private final ControlToken token;
    private final JsonMapper json;
    private final String incidentReporting;
    private final String contactPoints;
    private final Duration timeout;

    public ControlClient(ControlToken token, JsonMapper json, ControlSettings settings) {
        this.token = token;
        this.json = json;
        this.incidentReporting = settings.incidentReportingUrl();
        this.contactPoints = settings.contactPointsUrl();
        this.timeout = settings.callTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The answer of a call: its status and body. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    /** Files an early warning; completes with the answer (201 and the incident, or a problem). */
    public CompletableFuture<Answer> fileIncident(Map<String, Object> earlyWarning, String idempotencyKey) {
        return post(incidentReporting + "/api/v1/incidents", earlyWarning, idempotencyKey);
    }

    /** Acknowledges an exercise alert as the simulated participant of its country. */
    public CompletableFuture<Answer> acknowledge(java.util.UUID alertId, String note) {
        return post(contactPoints + "/api/v1/inbox/" + alertId + "/ack", Map.of("note", note), "simulated-ack-" + alertId);
    }

    /** Reads a country's national plan in force (to plan an exercise from it). */
    public Answer planInForce(String country) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(contactPoints + "/api/v1/countries/" + country + "/plan")).timeout(timeout)
                .header("Authorization", "Bearer " + token.current()).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 401) {
                token.invalidate();
            }
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(503, "contact-points did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(503, "interrupted while asking contact-points");
        }
    }

    private CompletableFuture<Answer> post(String url, Object body, String idempotencyKey) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token.current())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> {
                    if (response.statusCode() == 401) {
                        token.invalidate();
                    }
                    return new Answer(response.statusCode(), response.body());
                });
    }
}
