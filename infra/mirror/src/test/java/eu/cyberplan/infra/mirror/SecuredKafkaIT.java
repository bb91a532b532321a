package eu.cyberplan.infra.mirror;

import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.infra.kafka.InJvmKafka;
import eu.cyberplan.infra.kafka.ScramUser;
import eu.cyberplan.platform.kafka.KafkaClientSecurity;
import eu.cyberplan.testing.PostgresServer;
import eu.cyberplan.testing.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A node's services on a broker that authenticates with SASL/SCRAM-SHA-512 over TLS and authorises with the ACLs of
 * infra/k8s's KafkaUser: the node's principal publishes and consumes what its services need; a wrong password is
 * refused, and a service given one says so at start-up and stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredKafkaIT {

    private static final String NODE_USER = "cyberplan-node";
    private final String nodePassword = "node-" + UUID.randomUUID();
    private final Path dir = Path.of("target", "secured-kafka", Long.toString(System.currentTimeMillis()));
    private InJvmKafka broker;
    private String prefix;

    @BeforeAll
    void startBroker() throws Exception {
        Exit.setExitProcedure((status, message) -> { });
        Exit.setHaltProcedure((status, message) -> { });
        broker = InJvmKafka.secured(dir.resolve("kafka"), List.of(new ScramUser(NODE_USER, nodePassword)));
        prefix = "s" + UUID.randomUUID().toString().substring(0, 8);
        TestInfrastructure.createTopics(broker.plaintextBootstrap(), prefix, 3);
        try (Admin operator = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.plaintextBootstrap()))) {
            operator.createAcls(KafkaUserAcls.of(k8s("base/kafka/users.yaml"), NODE_USER, prefix)).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldPublishAndConsumeOverSaslSslAsTheNodesPrincipal() throws Exception {
        try (NodeService contactPoints = NodeService.start("contact-points", serviceEnvironment(nodePassword), dir.resolve("logs"))) {
            contactPoints.awaitHealthy(Duration.ofMinutes(2));
            assertThat(contactPoints.log()).contains("Kafka at " + broker.saslSslBootstrap() + " accepts this service (SASL_SSL SCRAM-SHA-512 as 'cyberplan-node')");

            // Published over SASL_SSL by the outbox relay: the node's heartbeat on the directory topic.
            List<ConsumerRecord<String, String>> directory = new ArrayList<>();
            try (KafkaConsumer<String, String> reader = operatorConsumer()) {
                reader.subscribe(List.of(Topics.qualified(prefix, Topics.DIRECTORY, false)));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    reader.poll(Duration.ofMillis(500)).forEach(directory::add);
                    assertThat(directory).anySatisfy(record -> assertThat(record.key()).startsWith("node/"));
                });
            }
            // Consumed over SASL_SSL by the heartbeat listener (group contact-points-heartbeats): the node is seen.
            String token = contactPoints.login("duty.ee");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(contactPoints.get("/api/v1/countries/EE", token).body().hasNonNull("nodeLastSeenAt")).isTrue());
        }
    }

    @Test
    void shouldRefuseAClientWithAWrongPassword() {
        Map<String, Object> wrong = new HashMap<>(clientSecurity("not-the-password").applyTo(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.saslSslBootstrap())));
        try (Admin admin = Admin.create(wrong)) {
            assertThatThrownBy(() -> admin.describeCluster().clusterId().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void shouldAcceptTheNodeOverSaslWithoutTlsToo() throws Exception {
        KafkaClientSecurity saslPlaintext = KafkaClientSecurity.from(Map.of(
                KafkaClientSecurity.PROTOCOL, "SASL_PLAINTEXT",
                KafkaClientSecurity.SASL_USERNAME, NODE_USER,
                KafkaClientSecurity.SASL_PASSWORD, nodePassword)::get);
        try (Admin admin = Admin.create(saslPlaintext.applyTo(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.saslPlaintextBootstrap())))) {
            assertThat(admin.describeCluster().clusterId().get(20, TimeUnit.SECONDS)).isNotBlank();
        }
    }

    @Test
    void shouldNotLetANationalNodeWriteAlerts() {
        Map<String, Object> producerConfig = clientSecurity(nodePassword).applyTo(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.saslSslBootstrap(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.qualified(prefix, Topics.ALERTS, false), "k", "{}")).get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
            // ...while it writes the incidents its incident-reporting publishes.
            assertThat(catchSend(producer, Topics.qualified(prefix, Topics.INCIDENTS, false))).isNull();
        }
    }

    @Test
    void shouldNotStartAServiceWhoseCredentialsTheBrokerRefuses() throws Exception {
        try (NodeService contactPoints = NodeService.start("contact-points", serviceEnvironment("wrong-password"), dir.resolve("logs"))) {
            int exitCode = contactPoints.awaitExit(Duration.ofSeconds(90));

            assertThat(exitCode).isNotZero();
            assertThat(contactPoints.log())
                    .contains("Kafka at " + broker.saslSslBootstrap() + " refused this service's credentials (SASL_SSL SCRAM-SHA-512 as 'cyberplan-node')")
                    .contains("SASL authentication failed")
                    .contains("not starting");
        }
    }

    private static Exception catchSend(KafkaProducer<String, String> producer, String topic) {
        try {
            producer.send(new ProducerRecord<>(topic, "k", "{}")).get(20, TimeUnit.SECONDS);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private Map<String, String> serviceEnvironment(String password) {
        PostgresServer postgres = TestInfrastructure.postgres();
        Map<String, String> environment = new HashMap<>();
        environment.put("CYBERPLAN_JDBC_URL", postgres.freshDatabase("secured"));
        environment.put("CYBERPLAN_JDBC_USER", postgres.username());
        environment.put("CYBERPLAN_JDBC_PASSWORD", postgres.password());
        environment.put("CYBERPLAN_TOPIC_PREFIX", prefix);
        environment.put("CYBERPLAN_DEMO", "true");
        environment.put("CYBERPLAN_NODE_ID", "secured");
        environment.put("CYBERPLAN_JWT_KEY_FILE", dir.resolve("jwt-" + UUID.randomUUID() + ".json").toAbsolutePath().toString());
        environment.put("CYBERPLAN_KAFKA_BOOTSTRAP", broker.saslSslBootstrap());
        environment.put("CYBERPLAN_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        environment.put("CYBERPLAN_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        environment.put("CYBERPLAN_KAFKA_SASL_USERNAME", NODE_USER);
        environment.put("CYBERPLAN_KAFKA_SASL_PASSWORD", password);
        environment.put("CYBERPLAN_KAFKA_TRUSTSTORE", broker.secured().certificate().truststore().toAbsolutePath().toString());
        environment.put("CYBERPLAN_KAFKA_TRUSTSTORE_PASSWORD", broker.secured().certificate().password());
        return environment;
    }

    private KafkaClientSecurity clientSecurity(String password) {
        return KafkaClientSecurity.from(Map.of(
                KafkaClientSecurity.PROTOCOL, "SASL_SSL",
                KafkaClientSecurity.SASL_USERNAME, NODE_USER,
                KafkaClientSecurity.SASL_PASSWORD, password,
                KafkaClientSecurity.TRUSTSTORE, broker.secured().certificate().truststore().toString(),
                KafkaClientSecurity.TRUSTSTORE_PASSWORD, broker.secured().certificate().password())::get);
    }

    private KafkaConsumer<String, String> operatorConsumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.plaintextBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "operator-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
    }

    static Path k8s(String path) {
        Path file = Path.of(System.getProperty("cyberplan.k8s.dir", "../k8s")).resolve(path);
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing");
        }
        return file;
    }
}
