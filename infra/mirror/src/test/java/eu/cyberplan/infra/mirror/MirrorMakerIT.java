package eu.cyberplan.infra.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.infra.kafka.InJvmKafka;
import eu.cyberplan.testing.PostgresServer;
import eu.cyberplan.testing.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Kafka clusters and MirrorMaker 2 between them, configured from infra/k8s's KafkaMirrorMaker2 manifest: the baltic
 * node (contact-points, incident-reporting) on its own cluster, the EU node (escalation) on the EU cluster, each with
 * its own database. An Estonian early warning is alerted to Latvia and acknowledged across the mirror, the services
 * unchanged (identity topic names), and no record crosses twice or comes back: each topic is mirrored one way, from
 * the side that publishes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MirrorMakerIT {

    private final Path dir = Path.of("target", "mirror", Long.toString(System.currentTimeMillis()));
    private final List<AutoCloseable> running = new ArrayList<>();
    private InJvmKafka nodeCluster;
    private InJvmKafka euCluster;
    private String prefix;
    private NodeService contactPoints;
    private NodeService incidentReporting;
    private NodeService escalation;

    @BeforeAll
    void startTwoNodesOnTwoClustersWithTheMirrorBetween() throws Exception {
        Exit.setExitProcedure((status, message) -> { });
        Exit.setHaltProcedure((status, message) -> { });
        try {
            nodeCluster = started(InJvmKafka.plain(dir.resolve("kafka-baltic")));
            euCluster = started(InJvmKafka.plain(dir.resolve("kafka-eu")));
            prefix = "m" + UUID.randomUUID().toString().substring(0, 8);
            TestInfrastructure.createTopics(nodeCluster.plaintextBootstrap(), prefix, 3);
            TestInfrastructure.createTopics(euCluster.plaintextBootstrap(), prefix, 3);
            started(MirrorBetweenClusters.start(MirrorBetweenClusters.configuration(
                    SecuredKafkaIT.k8s("components/mirror-to-eu/mirror-maker.yaml"), "baltic", prefix,
                    new MirrorBetweenClusters.Cluster(nodeCluster.plaintextBootstrap(), Map.of()),
                    new MirrorBetweenClusters.Cluster(euCluster.plaintextBootstrap(), Map.of()), 1)));

            PostgresServer postgres = TestInfrastructure.postgres();
            String jwtKey = dir.resolve("jwt-signing-key.json").toAbsolutePath().toString();
            Map<String, String> baltic = node(postgres, "baltic", nodeCluster, jwtKey);
            int contactPointsPort = NodeService.freePort();
            String nodeKeys = "http://127.0.0.1:" + contactPointsPort + "/keys";
            baltic.put("CYBERPLAN_TRUST", trustFile(dir, "eu", "\"EU\"", nodeKeys));
            baltic.put("CYBERPLAN_JWKS_URL", nodeKeys);
            contactPoints = started(NodeService.start("contact-points", contactPointsPort, baltic, dir.resolve("logs")));
            contactPoints.awaitHealthy(Duration.ofMinutes(2));
            incidentReporting = started(NodeService.start("incident-reporting", baltic, dir.resolve("logs")));
            Map<String, String> eu = node(postgres, "eu", euCluster, jwtKey);
            // The EU node takes the baltic node's tokens (DESIGN §11's trust; here both sign with one key).
            eu.put("CYBERPLAN_JWKS_URL", contactPoints.url("/keys"));
            // Each node trusts the other's events for its countries only; here both nodes sign events with one key too,
            // published by the baltic node's contact-points (the EU node runs no contact-points in this test).
            eu.put("CYBERPLAN_TRUST", trustFile(dir, "baltic", "\"EE\", \"LV\", \"LT\"", contactPoints.url("/keys")));
            escalation = started(NodeService.start("escalation", eu, dir.resolve("logs")));
            incidentReporting.awaitHealthy(Duration.ofMinutes(2));
            escalation.awaitHealthy(Duration.ofMinutes(2));
        } catch (Exception | Error e) {
            stopAll();
            throw e;
        }
    }

    @AfterAll
    void stopAll() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                System.err.println("stopping " + running.get(i) + ": " + e);
            }
        }
        running.clear();
    }

    @Test
    void shouldDeliverAndAcknowledgeAnAlertAcrossTheMirror() throws Exception {
        NodeService.Reply filed = incidentReporting.post("/api/v1/incidents", contactPoints.login("duty.ee"), earlyWarning());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String incidentId = filed.body().get("id").asText();

        // incidents.v1 baltic → EU; escalation alerts LV on the EU cluster; alerts.v1 EU → baltic; LV's inbox.
        String ncpLv = contactPoints.login("ncp.lv");
        AtomicReference<String> alertId = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode items = contactPoints.get("/api/v1/inbox", ncpLv).body().get("items");
            items.forEach(item -> {
                if (item.get("incidentId").asText().equals(incidentId)) {
                    alertId.set(item.get("alertId").asText());
                }
            });
            assertThat(alertId.get()).isNotNull();
        });
        assertThat(contactPoints.post("/api/v1/inbox/" + alertId.get() + "/ack", ncpLv, "{\"note\":\"on it\"}").status()).isEqualTo(200);

        // receipts.v1 baltic → EU: the case on the EU node counts the delivery and the acknowledgement.
        String coordinator = contactPoints.login("coordinator");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode counts = escalation.get("/api/v1/cases/" + incidentId, coordinator).body().get("counts");
            assertThat(counts.get("recipients").asInt()).isEqualTo(1);
            assertThat(counts.get("delivered").asInt()).isEqualTo(1);
            assertThat(counts.get("acknowledged").asInt()).isEqualTo(1);
        });

        // Each record crossed once, one way: nothing came back to where it was published.
        assertThat(types(records(nodeCluster, Topics.INCIDENTS, incidentId))).containsExactly("eu.cyberplan.incident.reported.v1");
        assertThat(types(records(euCluster, Topics.INCIDENTS, incidentId))).containsExactly("eu.cyberplan.incident.reported.v1");
        assertThat(types(records(euCluster, Topics.ALERTS, incidentId))).containsExactly("eu.cyberplan.alert.dispatched.v1");
        assertThat(types(records(nodeCluster, Topics.ALERTS, incidentId))).containsExactly("eu.cyberplan.alert.dispatched.v1");
        assertThat(types(records(nodeCluster, Topics.RECEIPTS, incidentId)))
                .containsExactlyInAnyOrder("eu.cyberplan.alert.delivered.v1", "eu.cyberplan.alert.acknowledged.v1");
        assertThat(types(records(euCluster, Topics.RECEIPTS, incidentId)))
                .containsExactlyInAnyOrder("eu.cyberplan.alert.delivered.v1", "eu.cyberplan.alert.acknowledged.v1");
    }

    @Test
    void shouldCopyTheDirectoryToTheEuOnceAndNeverBack() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(records(euCluster, Topics.DIRECTORY, "node/baltic")).as("the baltic node's heartbeat at the EU").isNotEmpty());

        for (InJvmKafka cluster : List.of(nodeCluster, euCluster)) {
            for (String topic : Topics.ALL) {
                List<String> eventIds = records(cluster, topic, null).stream().map(record -> header(record, "ce_id")).toList();
                assertThat(eventIds).as(topic + " on " + cluster.plaintextBootstrap() + ": every event once").doesNotHaveDuplicates();
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> header(record, "ce_type")).toList();
    }

    /** Every record of a real topic on a cluster (with the given key, or all), read from the start. */
    private List<ConsumerRecord<String, String>> records(InJvmKafka cluster, String topic, String key) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.plaintextBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            String name = Topics.qualified(prefix, topic, false);
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(name).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(name, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant until = Instant.now().plusSeconds(20);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && Instant.now().isBefore(until)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key == null || key.equals(record.key())) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    private Map<String, String> node(PostgresServer postgres, String nodeId, InJvmKafka cluster, String jwtKey) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CYBERPLAN_JDBC_URL", postgres.freshDatabase("mirror_" + nodeId));
        environment.put("CYBERPLAN_JDBC_USER", postgres.username());
        environment.put("CYBERPLAN_JDBC_PASSWORD", postgres.password());
        environment.put("CYBERPLAN_KAFKA_BOOTSTRAP", cluster.plaintextBootstrap());
        environment.put("CYBERPLAN_TOPIC_PREFIX", prefix);
        environment.put("CYBERPLAN_DEMO", "true");
        environment.put("CYBERPLAN_NODE_ID", nodeId);
        environment.put("CYBERPLAN_JWT_KEY_FILE", jwtKey);
        environment.put("CYBERPLAN_EVENT_KEY_DIR", Path.of(jwtKey).resolveSibling("event-keys").toString());
        return environment;
    }

    /** A trust list naming the other node as the signer of its countries' events. */
    private static String trustFile(Path dir, String node, String countries, String jwksUrl) throws IOException {
        Path file = dir.resolve("trust-" + node + ".json");
        Files.writeString(file, "[{\"node\": \"" + node + "\", \"countries\": [" + countries + "], \"issuer\": \"events-of-" + node
                + "\", \"jwksUrl\": \"" + jwksUrl + "\"}]");
        return file.toString();
    }

    private <T extends AutoCloseable> T started(T resource) {
        running.add(resource);
        return resource;
    }

    private static String earlyWarning() {
        return """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"%s",
                 "severity":"HIGH","rsitClass":"malicious-code","rsitType":"infected-system","tlp":"AMBER","pap":"AMBER",
                 "affectedCountries":["LV"],"crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]}"""
                .formatted(Instant.now().minusSeconds(3600));
    }
}
