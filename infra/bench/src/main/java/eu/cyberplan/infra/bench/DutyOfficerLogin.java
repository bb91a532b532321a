package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Logs a demo duty officer in at contact-points and hands back the bearer token, as the console does. */
final class DutyOfficerLogin {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI loginUri;

    DutyOfficerLogin(HttpClient http, ObjectMapper json, URI contactPoints) {
        this.http = http;
        this.json = json;
        this.loginUri = contactPoints.resolve("/api/v1/login");
    }

    String accessToken(String username, String password) {
        try {
            String body = json.writeValueAsString(Map.of("username", username, "password", password));
            HttpRequest request = HttpRequest.newBuilder(loginUri)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BenchAborted("login as " + username + " at " + loginUri + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            JsonNode token = json.readTree(response.body()).path("access_token");
            if (!token.isTextual()) {
                throw new BenchAborted("login at " + loginUri + " answered 200 without an access_token");
            }
            return token.asText();
        } catch (ConnectException e) {
            throw new BenchAborted("contact-points does not answer at " + loginUri
                    + "; start the stack with ./stack.sh first");
        } catch (IOException e) {
            throw new BenchAborted("login at " + loginUri + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchAborted("interrupted while logging in");
        }
    }
}
