package eu.cyberplan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The public API as a client sees it: status, headers and body, 4xx and 5xx included (no exceptions for them). */
public final class TestHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public TestHttp(Object baseUrl) {
        this.baseUrl = baseUrl.toString();
    }

    /** GET with an {@code Authorization} header value, or none when null. */
    public HttpResponse<String> get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    /** GET with further headers, name, value pairs (e.g. {@code Accept}). */
    public HttpResponse<String> get(String path, String authorization, String... headers) {
        HttpRequest.Builder request = request(path, authorization).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** POST of a JSON body; {@code headers} are name, value pairs (e.g. {@code Idempotency-Key}). */
    public HttpResponse<String> post(String path, String authorization, String json, String... headers) {
        HttpRequest.Builder request = request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** PUT of a JSON body. */
    public HttpResponse<String> put(String path, String authorization, String json) {
        return send(request(path, authorization).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** PATCH of a JSON body. */
    public HttpResponse<String> patch(String path, String authorization, String json) {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** DELETE without a body. */
    public HttpResponse<String> delete(String path, String authorization) {
        return send(request(path, authorization).DELETE());
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
