package eu.cyberplan.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.net.URI;
import java.util.Optional;

/**
 * Chooses the real PostgreSQL and Kafka the tests run against, in the order of DESIGN §7:
 * endpoints from the environment → Testcontainers when a Docker engine answers → local PostgreSQL
 * on 127.0.0.1:5432 or an embedded one → an in-JVM KRaft Kafka. One of each per JVM; it logs its choice.
 */
final class InfrastructureChooser {

    private static final Logger LOG = LoggerFactory.getLogger(InfrastructureChooser.class);

    private InfrastructureChooser() {
    }

    static PostgresServer postgres() {
        String url = System.getenv("CYBERPLAN_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.substring("jdbc:".length()));
            PostgresServer server = new PostgresServer("PostgreSQL from CYBERPLAN_TEST_JDBC_URL", uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort(), env("CYBERPLAN_TEST_JDBC_USER", "postgres"), env("CYBERPLAN_TEST_JDBC_PASSWORD", ""));
            return chosen(server);
        }
        if (dockerAnswers()) {
            Optional<PostgresServer> container = postgresContainer();
            if (container.isPresent()) {
                return chosen(container.get());
            }
        }
        if (PostgresServer.answers("127.0.0.1", 5432, "postgres", "")) {
            return chosen(new PostgresServer("local PostgreSQL on 127.0.0.1:5432", "127.0.0.1", 5432, "postgres", ""));
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
            return chosen(new PostgresServer("embedded PostgreSQL (zonky)", "127.0.0.1", embedded.getPort(), "postgres", "postgres"));
        } catch (Exception e) {
            throw new IllegalStateException("no PostgreSQL for the tests: none configured, no Docker, none local, embedded failed", e);
        }
    }

    static String kafka() {
        String bootstrap = System.getenv("CYBERPLAN_TEST_KAFKA_BOOTSTRAP");
        if (bootstrap != null && !bootstrap.isBlank()) {
            LOG.info("Tests use Kafka from CYBERPLAN_TEST_KAFKA_BOOTSTRAP at {}", bootstrap);
            return bootstrap;
        }
        if (dockerAnswers()) {
            try {
                KafkaContainer container = new KafkaContainer("apache/kafka:3.9.1");
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                LOG.info("Tests use Kafka in a Testcontainers container at {}", container.getBootstrapServers());
                return container.getBootstrapServers();
            } catch (RuntimeException e) {
                LOG.warn("Kafka container did not start ({}); falling back to an in-JVM KRaft cluster", e.getMessage());
            }
        }
        // A broker that meets a fatal fault (say, a log directory gone while the JVM shuts down) halts its JVM with
        // status 1; here that JVM is the test run, which would then fail after its tests passed. Log it instead.
        org.apache.kafka.common.utils.Exit.setExitProcedure((status, message) ->
                LOG.error("The in-JVM Kafka asked to exit with status {}: {}", status, message));
        org.apache.kafka.common.utils.Exit.setHaltProcedure((status, message) ->
                LOG.error("The in-JVM Kafka asked to halt with status {}: {}", status, message));
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "6")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(cluster)));
            LOG.info("Tests use an in-JVM KRaft Kafka at {}", cluster.bootstrapServers());
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("no Kafka for the tests: none configured, no Docker, in-JVM KRaft failed", e);
        }
    }

    private static Optional<PostgresServer> postgresContainer() {
        try {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return Optional.of(new PostgresServer("PostgreSQL in a Testcontainers container", container.getHost(),
                    container.getMappedPort(5432), container.getUsername(), container.getPassword()));
        } catch (RuntimeException e) {
            LOG.warn("PostgreSQL container did not start ({}); falling back", e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static PostgresServer chosen(PostgresServer server) {
        LOG.info("Tests use {}", server.description());
        return server;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // shutting down anyway
        }
    }
}
