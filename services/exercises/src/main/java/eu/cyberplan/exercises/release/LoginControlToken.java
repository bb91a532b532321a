package eu.cyberplan.exercises.release;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Logs in at contact-points as the service account {@code svc.exercises} with the secret from the environment
 * ({@code CYBERPLAN_EXERCISES_SERVICE_PASSWORD}), and logs in again a minute before the token expires.
 */
@Singleton
public class LoginControlToken implements ControlToken {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json;
    private final Clock clock;
    private final String loginUrl;
    private final String username;
    private final String password;
    private String token;
    private Instant renewAt = Instant.MIN;

    public LoginControlToken(JsonMapper json, Clock clock, ControlSettings settings) {
        this.json = json;
        this.clock = clock;
        this.loginUrl = settings.contactPointsUrl() + "/api/v1/login";
        this.username = settings.serviceUsername();
        this.password = settings.servicePassword() == null ? "" : settings.servicePassword();
    }

    @Override
    public synchronized String current() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            login();
        }
        return token;
    }

    @Override
    public synchronized void invalidate() {
        token = null;
    }

    private void login() {
        if (password.isEmpty()) {
            throw new IllegalStateException("no service password: set CYBERPLAN_EXERCISES_SERVICE_PASSWORD for svc.exercises");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(loginUrl)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("username", username, "password", password))))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("login of " + username + " at " + loginUrl + " answered " + response.statusCode());
            }
            JsonNode body = json.readValue(response.body(), JsonNode.class);
            token = body.get("access_token").getStringValue();
            long seconds = body.get("expires_in") == null ? 300 : body.get("expires_in").getLongValue();
            renewAt = clock.instant().plusSeconds(Math.max(10, seconds - 60));
        } catch (IOException e) {
            throw new IllegalStateException("cannot log in at " + loginUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while logging in", e);
        }
    }
}
