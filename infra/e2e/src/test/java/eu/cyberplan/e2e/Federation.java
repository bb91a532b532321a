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

    private Federation(Map<String, String> environment, Path logs, HttpClient http) throws Exception {
        this.topicPrefix = environment.get("CYBERPLAN_TOPIC_PREFIX");
        this.kafkaBootstrap = environment.get("CYBERPLAN_KAFKA_BOOTSTRAP");
        this.signingKeyFile = Path.of(environment.get("CYBERPLAN_JWT_KEY_FILE"));
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
    }

    static Federation start(HttpClient http) throws Exception {
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
        return new Federation(environment, logs, http);
    }

    private ServiceProcess started(String name, Map<String, String> environment, Path logs) throws Exception {
        return started(name, ServiceProcess.freePort(), environment, logs);
    }

    private ServiceProcess started(String name, int port, Map<String, String> environment, Path logs) throws Exception {
        ServiceProcess service = ServiceProcess.start(name, port, new HashMap<>(environment), logs);
        all.add(service);
        return service;
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess service : all) {
            service.close();
        }
    }
}
