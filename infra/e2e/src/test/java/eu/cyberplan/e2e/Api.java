package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The public HTTP API as a client sees it: JSON in, status and JSON out. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    Api(HttpClient http) {
        this.http = http;
    }

    record Reply(int status, String contentType, JsonNode body, String location) {
    }

    String login(ServiceProcess contactPoints, String username) {
        return login(contactPoints.url(""), username);
    }

    /** A demo person's access token from the contact-points (or console) at {@code baseUrl}. */
    String login(String baseUrl, String username) {
        Reply reply = post(baseUrl + "/api/v1/login", null, "{\"username\":\"" + username + "\",\"password\":\"demo\"}");
        if (reply.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + reply);
        }
        return reply.body().get("access_token").asText();
    }

    Reply get(String url, String token) {
        return send(request(url, token).GET().build());
    }

    Reply post(String url, String token, String json) {
        return send(request(url, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply put(String url, String token, String json) {
        return send(request(url, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
