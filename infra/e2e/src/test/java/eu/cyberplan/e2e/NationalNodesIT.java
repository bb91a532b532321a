package eu.cyberplan.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.infra.process.ChildProcesses;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.PostgresServer;
import eu.cyberplan.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local federation of DESIGN §11 as {@code ./stack.sh --federation} starts it (the launcher, three nodes, ten JVMs,
 * a database each, one broker), driven as its people would: EE files on the baltic node, LV acknowledges there, the EU
 * node's case counts it, OPERATIONAL reaches FR on the west node, FR reads the incident through its own console (and DE,
 * not alerted, is refused by the owning node), a forged acknowledgement on the topic is quarantined and not counted, a
 * frozen node raises NODE_SILENT and, thawed, catches up on what it missed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalNodesIT {

    private static final String EU_CP = "http://127.0.0.1:9101";
    private static final String ESCALATION = "http://127.0.0.1:9103";
    private static final String BALTIC_CP = "http://127.0.0.1:9201";
    private static final String BALTIC_IR = "http://127.0.0.1:9202";
    private static final String WEST_CP = "http://127.0.0.1:9301";
    private static final String WEST_CONSOLE = "http://127.0.0.1:9300";
    private static final Duration SOON = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Api api = new Api(http);
    private final String topicPrefix = TestInfrastructure.freshTopics();
    private final String databasePrefix = "fed" + UUID.randomUUID().toString().substring(0, 6) + "_";
    private final Path log = Path.of("target", "national-nodes", "launcher-" + System.currentTimeMillis() + ".log");
    private Process launcher;

    @BeforeAll
    void startTheFederation() throws Exception {
        Path repo = Path.of("../..").toAbsolutePath().normalize();
        Path jar = repo.resolve("infra/launcher/target/cyberplan-launcher.jar");
        assertThat(jar).as("the launcher is packaged before the e2e tests run").exists();
        PostgresServer postgres = TestInfrastructure.postgres();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", jar.toString(), "--federation")
                .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CYBERPLAN_JDBC_URL", postgres.jdbcUrl("postgres"));
        builder.environment().put("CYBERPLAN_JDBC_USER", postgres.username());
        builder.environment().put("CYBERPLAN_JDBC_PASSWORD", postgres.password());
        builder.environment().put("CYBERPLAN_FEDERATION_DATABASE_PREFIX", databasePrefix);
        builder.environment().put("CYBERPLAN_KAFKA_BOOTSTRAP", TestInfrastructure.kafkaBootstrap());
        builder.environment().put("CYBERPLAN_TOPIC_PREFIX", topicPrefix);
        launcher = ChildProcesses.start(builder, false);
        await("the federation up within 6 minutes").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .failFast("the launcher stopped", () -> assertThat(launcher.isAlive()).as("the launcher stopped:%n%s", tail()).isTrue())
                .until(() -> Files.readString(log).contains("CyberPlan is up"));
    }

    @AfterAll
    void stopTheFederation() throws Exception {
        if (launcher != null) {
            launcher.descendants().forEach(child -> signal("CONT", child.pid()));
            launcher.destroy();
            launcher.waitFor();
        }
    }

    @Test
    void shouldRunTheProtocolBetweenSovereignNodes() throws Exception {
        String duty = api.login(BALTIC_CP, "duty.ee");
        String ncpLv = api.login(BALTIC_CP, "ncp.lv");
        String ncpFr = api.login(WEST_CP, "ncp.fr");
        String ncpDe = api.login(WEST_CP, "ncp.de");
        String coordinator = api.login(EU_CP, "coordinator");
        // A person logs in on the node of their country only.
        assertThat(api.post(WEST_CP + "/api/v1/login", null, "{\"username\":\"duty.ee\",\"password\":\"demo\"}").status()).isEqualTo(401);

        // EE files on the baltic node; the EU node opens the case and alerts LV (baltic) and CZ (west).
        Api.Reply filed = api.post(BALTIC_IR + "/api/v1/incidents", duty, """
                {"title": "Ransomware on grid operator", "summary": "SCADA jump hosts encrypted", "awareAt": "%s",
                 "severity": "HIGH", "rsitClass": "malicious-code", "rsitType": "infected-system", "tlp": "AMBER", "pap": "AMBER",
                 "affectedCountries": ["LV", "CZ"], "crossBorder": true, "suspectedMalicious": true, "sectors": ["energy"]}"""
                .formatted(Instant.now().minusSeconds(3600)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String incident = filed.body().get("id").asText();

        JsonNode lvAlert = await().atMost(SOON).until(() -> inboxItem(BALTIC_CP, ncpLv, incident, "ALERT"), item -> item != null);
        Api.Reply ack = api.post(BALTIC_CP + "/api/v1/inbox/" + lvAlert.get("alertId").asText() + "/ack", ncpLv, "{\"note\":\"LV CERT on it\"}");
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        await().atMost(SOON).untilAsserted(() -> assertThat(counts(coordinator, incident).get("acknowledged").asInt()).isEqualTo(1));
        assertThat(counts(coordinator, incident).get("recipients").asInt()).isEqualTo(2);

        // A forged acknowledgement for CZ, unsigned, straight onto the receipts topic: quarantined, never counted.
        try (CloudEventPublisher publisher = new CloudEventPublisher(TestInfrastructure.kafkaBootstrap())) {
            UUID forged = UUID.randomUUID();
            publisher.send(CloudEventPublisher.record(Topics.qualified(topicPrefix, Topics.RECEIPTS, false), incident, forged,
                    EventTypes.ALERT_ACKNOWLEDGED, """
                            {"alertId": "%s", "incidentId": "%s", "country": "CZ", "dispatchedAt": "%s", "ackDeadline": "%s",
                             "acknowledgedBy": "mallory", "acknowledgedAt": "%s", "note": "forged"}"""
                            .formatted(UUID.randomUUID(), incident, Instant.now(), Instant.now().plusSeconds(900), Instant.now()), null));
            await().atMost(SOON).untilAsserted(() -> assertThat(api.get(ESCALATION + "/api/v1/quarantine", coordinator).body().toString())
                    .contains(forged.toString()));
        }
        assertThat(counts(coordinator, incident).get("acknowledged").asInt()).isEqualTo(1);

        // Before OPERATIONAL, DE (west node) was not alerted: the baltic node refuses it the AMBER incident.
        Api.Reply refused = api.get(WEST_CONSOLE + "/api/v1/incidents/" + incident, ncpDe);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);

        // OPERATIONAL widens the fan-out to every member: FR, on the west node, gets the alert.
        Api.Reply raised = api.post(ESCALATION + "/api/v1/cases/" + incident + "/level", coordinator, "{\"level\":\"OPERATIONAL\",\"reason\":\"spreading\"}");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        await().atMost(SOON).until(() -> inboxItem(WEST_CP, ncpFr, incident, "ALERT"), item -> item != null);

        // FR reads the incident through its own node's console: the baltic node holds it and, FR being alerted, shares it.
        Api.Reply read = api.get(WEST_CONSOLE + "/api/v1/incidents/" + incident, ncpFr);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().get("title").asText()).isEqualTo("Ransomware on grid operator");
        // Nobody else's node stored it: the west node's database has no such incident.
        assertThat(rows("west", "SELECT count(*) FROM incident_reporting.incident WHERE id = '" + incident + "'")).isZero();
        assertThat(rows("baltic", "SELECT count(*) FROM contact_points.inbox_item WHERE country = 'FR'")).isZero();
        // An incident no node holds is still a plain 404.
        assertThat(api.get(WEST_CONSOLE + "/api/v1/incidents/" + UUID.randomUUID(), ncpFr).status()).isEqualTo(404);

        // The west node freezes: the EU inbox gets NODE_SILENT; an alert filed meanwhile waits for it, then arrives.
        List<Long> west = nodeProcesses("west/");
        assertThat(west).hasSize(3);
        west.forEach(pid -> signal("STOP", pid));
        try {
            await().atMost(SOON).until(() -> inboxItem(EU_CP, coordinator, null, "NODE_SILENT"), item -> item != null);
            Api.Reply second = api.post(BALTIC_IR + "/api/v1/incidents", duty, """
                    {"title": "Second wave", "summary": "more hosts", "awareAt": "%s", "severity": "HIGH",
                     "rsitClass": "malicious-code", "rsitType": "infected-system", "tlp": "GREEN", "pap": "GREEN",
                     "affectedCountries": ["CZ"], "crossBorder": true, "suspectedMalicious": true, "sectors": ["energy"]}"""
                    .formatted(Instant.now().minusSeconds(600)));
            assertThat(second.status()).as(second.toString()).isEqualTo(201);
            String missed = second.body().get("id").asText();
            // The EU node opened its case and sent CZ's alert while the west node was frozen.
            await().atMost(SOON).ignoreExceptions()
                    .untilAsserted(() -> assertThat(counts(coordinator, missed).get("recipients").asInt()).isEqualTo(1));
            west.forEach(pid -> signal("CONT", pid));
            String ncpCz = api.login(WEST_CP, "ncp.cz");
            await().atMost(SOON).until(() -> inboxItem(WEST_CP, ncpCz, missed, "ALERT"), item -> item != null);
            await().atMost(SOON).untilAsserted(() -> assertThat(inboxItem(EU_CP, coordinator, null, "NODE_SILENT").get("recallReason").asText())
                    .contains("heard again"));
            assertThat(rows("west", "SELECT count(*) FROM contact_points.inbox_item WHERE incident_id = '" + missed + "'"))
                    .as("applied once").isEqualTo(1);
        } finally {
            west.forEach(pid -> signal("CONT", pid));
        }
    }

    private JsonNode inboxItem(String contactPoints, String token, String incident, String kind) {
        JsonNode items = api.get(contactPoints + "/api/v1/inbox?size=200", token).body().get("items");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> kind.equals(item.path("kind").asText()))
                .filter(item -> incident == null || incident.equals(item.path("incidentId").asText()))
                .findFirst().orElse(null);
    }

    private JsonNode counts(String coordinator, String incident) {
        return api.get(ESCALATION + "/api/v1/cases/" + incident, coordinator).body().get("counts");
    }

    private long rows(String node, String sql) throws Exception {
        PostgresServer postgres = TestInfrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(databasePrefix + node), postgres.username(), postgres.password());
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The JVMs of one node, by the label the launcher gives each ({@code -Dcyberplan.launcher.child=west/console}). */
    private List<Long> nodeProcesses(String labelPrefix) {
        List<Long> pids = new ArrayList<>();
        launcher.descendants().forEach(child -> child.info().arguments().ifPresent(arguments -> {
            for (String argument : arguments) {
                if (argument.startsWith("-Dcyberplan.launcher.child=" + labelPrefix)) {
                    pids.add(child.pid());
                }
            }
        }));
        return pids;
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal.toUpperCase(Locale.ROOT), Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
