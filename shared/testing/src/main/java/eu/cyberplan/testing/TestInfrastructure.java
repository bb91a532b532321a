package eu.cyberplan.testing;

import eu.cyberplan.events.v1.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Real PostgreSQL and Kafka for tests, chosen once per JVM. Each test class gets a fresh database and its own
 * topic prefix, so classes never see each other's rows or events.
 */
public final class TestInfrastructure {

    private static PostgresServer postgres;
    private static String kafka;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = InfrastructureChooser.postgres();
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrap() {
        if (kafka == null) {
            kafka = InfrastructureChooser.kafka();
        }
        return kafka;
    }

    /** A new topic prefix with every topic of DESIGN §4 and its exercise twin created under it. */
    public static String freshTopics() {
        String prefix = "t" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        createTopics(kafkaBootstrap(), prefix, 3);
        return prefix;
    }

    public static void createTopics(String bootstrap, String prefix, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> topics = Topics.allQualified(prefix).stream()
                    .map(name -> new NewTopic(name, partitions, (short) 1))
                    .toList();
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics under prefix " + prefix, e);
        }
    }

    /** The issuer of every {@link TestTokens} token. */
    public static final String TEST_ISSUER = TestJwks.ISSUER;

    /** The JWKS URL of the tests' identity provider, whose tokens {@link TestTokens} mints. */
    public static String jwksUrl() {
        return TestJwks.url();
    }

    /** A trust list (DESIGN §11) naming the tests' issuer and node for every country, for services started as processes. */
    public static String trustFile() {
        return TestJwks.trustFile();
    }

    /** The event key directory of the tests' node ({@link TestEventSignatures#NODE}), for services started as processes. */
    public static String eventKeyDir() {
        return TestJwks.eventKeyDir();
    }

    /**
     * The properties a service's {@code @MicronautTest} needs: a fresh database, Kafka, fresh topics, the test JWKS
     * and a free port. Use from {@code TestPropertyProvider#getProperties()}.
     */
    public static Map<String, String> serviceProperties(String service) {
        Map<String, String> properties = new HashMap<>();
        PostgresServer server = postgres();
        properties.put("datasources.default.url", server.freshDatabase(service));
        properties.put("datasources.default.username", server.username());
        properties.put("datasources.default.password", server.password());
        properties.put("kafka.bootstrap.servers", kafkaBootstrap());
        properties.put("cyberplan.topics.prefix", freshTopics());
        // The node's own issuer keeps the test JWKS (as CYBERPLAN_JWKS_URL did); the trust file adds TestTokens' issuer.
        properties.put("cyberplan.trust.jwks-url", jwksUrl());
        properties.put("cyberplan.trust.file", TestJwks.trustFile());
        // The service is the tests' node: it signs its events with the test key, as CloudEventPublisher does, and never
        // rotates it within a run (its only key is active from 1970: a rotation period of a century keeps it current).
        properties.put("cyberplan.node.id", TestEventSignatures.NODE);
        properties.put("cyberplan.events.key-dir", TestJwks.eventKeyDir());
        properties.put("cyberplan.events.rotation", "36500d");
        // A free port, not the service's own: the suite runs beside a running stack.
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
