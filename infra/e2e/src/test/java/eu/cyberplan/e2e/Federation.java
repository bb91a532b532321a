package eu.cyberplan.e2e;

import eu.cyberplan.testing.PostgresServer;
import eu.cyberplan.testing.TestInfrastructure;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The whole stack for one test class: one database, fresh topics, every service in its own JVM, the demo federation. */
final class Federation implements AutoCloseable {

    final ServiceProcess contactPoints;
    final ServiceProcess incidentReporting;
    final ServiceProcess escalation;
    final ServiceProcess exercises;
    final ServiceProcess console;
    final String topicPrefix;
    final String kafkaBootstrap;
    final Path signingKeyFile;
    private final List<ServiceProcess> all = new ArrayList<>();
    private final Map<String, Map<String, String>> overrides;

    /**
     * Starts every service, then waits for all to be healthy. If any step fails, the services already started are
     * stopped before the failure propagates: a test class whose {@code @BeforeAll} fails never gets the instance to
     * close, and four orphaned JVMs would hold half of PostgreSQL's connections for every later run.
     */
    private Federation(Map<String, String> environment, Map<String, Map<String, String>> overrides, Path logs, HttpClient http) throws Exception {
        this.topicPrefix = environment.get("CYBERPLAN_TOPIC_PREFIX");
        this.kafkaBootstrap = environment.get("CYBERPLAN_KAFKA_BOOTSTRAP");
        this.signingKeyFile = Path.of(environment.get("CYBERPLAN_JWT_KEY_FILE"));
        this.overrides = overrides;
        try {
            int contactPointsPort = ServiceProcess.freePort();
            environment.put("CYBERPLAN_JWKS_URL", "http://127.0.0.1:" + contactPointsPort + "/keys");
            contactPoints = started("contact-points", contactPointsPort, environment, logs);
            incidentReporting = started("incident-reporting", environment, logs);
            escalation = started("escalation", environment, logs);
            environment.put("CYBERPLAN_CONTACT_POINTS_URL", contactPoints.url(""));
            environment.put("CYBERPLAN_INCIDENT_REPORTING_URL", incidentReporting.url(""));
            exercises = started("exercises", environment, logs);
            environment.put("CYBERPLAN_ESCALATION_URL", escalation.url(""));
            environment.put("CYBERPLAN_EXERCISES_URL", exercises.url(""));
            console = started("console", environment, logs);
            for (ServiceProcess service : all) {
                service.awaitHealthy(http, Duration.ofMinutes(2));
            }
        } catch (Exception | Error e) {
            List<String> stopped = all.stream().map(ServiceProcess::name).toList();
            close();
            throw new IllegalStateException("the federation did not start (stopped what had started: " + stopped + "): " + e.getMessage(), e);
        }
    }

    static Federation start(HttpClient http) throws Exception {
        return start(http, Map.of());
    }

    /** {@code overrides}: environment variables set for one service only, by service name (a test breaks one on purpose). */
    static Federation start(HttpClient http, Map<String, Map<String, String>> overrides) throws Exception {
        PostgresServer postgres = TestInfrastructure.postgres();
        Path logs = Files.createDirectories(Path.of("target", "e2e-logs", Long.toString(System.currentTimeMillis())));
        Map<String, String> environment = new HashMap<>();
        environment.put("CYBERPLAN_JDBC_URL", postgres.freshDatabase("e2e"));
        environment.put("CYBERPLAN_JDBC_USER", postgres.username());
        environment.put("CYBERPLAN_JDBC_PASSWORD", postgres.password());
        environment.put("CYBERPLAN_KAFKA_BOOTSTRAP", TestInfrastructure.kafkaBootstrap());
        environment.put("CYBERPLAN_TOPIC_PREFIX", TestInfrastructure.freshTopics());
        environment.put("CYBERPLAN_DEMO", "true");
        environment.put("CYBERPLAN_EXERCISES_SERVICE_PASSWORD", "e2e-exercise-control-" + UUID.randomUUID());
        environment.put("CYBERPLAN_JWT_KEY_FILE", logs.resolve("jwt-signing-key.json").toAbsolutePath().toString());
        // The node's event keys (contact-points makes them, every service signs with them); the tests' own node and
        // issuer are trusted too, so that TestTokens and CloudEventPublisher speak as before.
        environment.put("CYBERPLAN_EVENT_KEY_DIR", logs.resolve("event-keys").toAbsolutePath().toString());
        environment.put("CYBERPLAN_TRUST", TestInfrastructure.trustFile());
        return new Federation(environment, overrides, logs, http);
    }

    private ServiceProcess started(String name, Map<String, String> environment, Path logs) throws Exception {
        return started(name, ServiceProcess.freePort(), environment, logs);
    }

    private ServiceProcess started(String name, int port, Map<String, String> environment, Path logs) throws Exception {
        Map<String, String> own = new HashMap<>(environment);
        own.putAll(overrides.getOrDefault(name, Map.of()));
        ServiceProcess service = ServiceProcess.start(name, port, own, logs);
        all.add(service);
        return service;
    }

    /** Asks every service to stop at once, then waits for each (ServiceProcess kills one that takes over 15 s). */
    @Override
    public void close() {
        all.forEach(ServiceProcess::requestStop);
        all.forEach(ServiceProcess::close);
    }
}
