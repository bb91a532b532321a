package eu.cyberplan.testing.hostile;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends hostile requests to a running service and holds it to the contract (DESIGN §8, §9): never a 5xx; every
 * error is problem+json with its status; a 422 names its fields; a refused query parameter is named; and a refused
 * request changes nothing (no new outbox event, the witness GET answers as before). Counts what it sent by status.
 */
public final class HostileProbe implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RunningService service;
    private final JsonMapper json;
    private final Connection database;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int sent;

    public HostileProbe(RunningService service) {
        this.service = service;
        this.json = service.context().getBean(JsonMapper.class);
        Map<String, String> properties = service.infrastructure().properties();
        try {
            this.database = DriverManager.getConnection(properties.get("datasources.default.url"), properties.get("datasources.default.username"),
                    properties.get("datasources.default.password"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one hostile request and checks the answer; an {@link AssertionError} says what broke. */
    public void check(HostileRequest request) {
        Operation operation = request.operation();
        String witnessBefore = operation.witnessPath() == null ? null : send("GET", operation.witnessPath(), operation.authorization(), null).body();
        long eventsBefore = events();
        HttpResponse<String> response = send(operation.method(), request.pathAndQuery(), operation.authorization(), request.json());
        int status = response.statusCode();
        synchronized (statuses) {
            statuses.merge(status, 1, Integer::sum);
            sent++;
        }
        require(status < 500, request, response, "a 5xx");
        if (status < 400) {
            return;
        }
        require(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), request, response,
                "not problem+json");
        Map<String, Object> problem = parse(response.body());
        require(problem != null && Integer.valueOf(status).equals(((Number) problem.get("status")).intValue()), request, response,
                "a problem whose status differs from the response's");
        List<?> errors = problem.get("errors") instanceof List<?> list ? list : List.of();
        if (status == 422) {
            require(!errors.isEmpty() && errors.stream().allMatch(e -> e instanceof Map<?, ?> m && m.get("field") instanceof String f && !f.isBlank()),
                    request, response, "a 422 without the fields it refuses");
        }
        if (request.target() == HostileRequest.Target.QUERY && (status == 400 || status == 422)) {
            // A rule over two parameters (from and to of a window) may name the other one: a parameter of the request, then.
            require(errors.stream().anyMatch(e -> e instanceof Map<?, ?> m && (request.field().equals(m.get("field"))
                            || request.operation().query().containsKey(String.valueOf(m.get("field"))))), request, response,
                    "a refused query parameter not named");
        }
        require(events() == eventsBefore, request, response, "a refused request that wrote an event");
        if (witnessBefore != null) {
            String witnessAfter = send("GET", operation.witnessPath(), operation.authorization(), null).body();
            require(witnessBefore.equals(witnessAfter), request, response, "a refused request that changed " + operation.witnessPath());
        }
    }

    /** The summary line for the test log: how many hostile requests, by status. */
    public String summary(String serviceName) {
        synchronized (statuses) {
            return "HOSTILE-INPUT " + serviceName + ": " + sent + " hostile requests sent; responses by status " + statuses
                    + "; 5xx: " + statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        }
    }

    public int sent() {
        synchronized (statuses) {
            return sent;
        }
    }

    /** Logs the summary line of {@code serviceName} and stops the probe and the service (either may be null after a failed start). */
    public static void finish(HostileProbe probe, RunningService service, String serviceName) {
        if (probe != null) {
            String summary = probe.summary(serviceName);
            LoggerFactory.getLogger(HostileProbe.class).info(summary);
            System.out.println(summary);
            probe.close();
        }
        if (service != null) {
            service.close();
        }
    }

    /** A valid request, for the setup of an operation's state; fails unless the status is 2xx. */
    public HttpResponse<String> setUp(String method, String path, String authorization, Object body) {
        HttpResponse<String> response = send(method, path, authorization, body == null ? null : JsonText.of(body));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("setup " + method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private void require(boolean condition, HostileRequest request, HttpResponse<String> response, String what) {
        if (!condition) {
            String body = response.body() == null ? "" : response.body();
            throw new AssertionError(what + ": " + request + " -> " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("") + " " + (body.length() > 500 ? body.substring(0, 500) : body));
        }
    }

    private Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Events the service wrote, heartbeats aside (they come on a timer). */
    private long events() {
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + service.schema() + ".outbox_event WHERE event_type NOT LIKE '%heartbeat%'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer to " + method + " " + pathAndQuery + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            database.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
