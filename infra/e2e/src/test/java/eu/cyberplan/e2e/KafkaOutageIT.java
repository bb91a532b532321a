package eu.cyberplan.e2e;

import eu.cyberplan.testing.PostgresServer;
import eu.cyberplan.testing.TestInfrastructure;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka dies (kill -9) while duty officers keep filing: every filing is accepted, because it only needs the database,
 * and every event written meanwhile is published once the broker is back.
 */
class KafkaOutageIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Api api = new Api(http);

    @Test
    void shouldPublishEverythingWrittenWhileKafkaWasDownOnceItIsBack() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "kafka-outage", Long.toString(System.currentTimeMillis())));
        try (StandaloneBroker broker = new StandaloneBroker(dir.resolve("kafka"))) {
            broker.start();
            String prefix = "outage" + Long.toString(System.nanoTime(), 36);
            TestInfrastructure.createTopics(broker.bootstrap(), prefix, 3);
            PostgresServer postgres = TestInfrastructure.postgres();
            Map<String, String> environment = new HashMap<>(Map.of(
                    "CYBERPLAN_JDBC_URL", postgres.freshDatabase("outage"),
                    "CYBERPLAN_JDBC_USER", postgres.username(),
                    "CYBERPLAN_JDBC_PASSWORD", postgres.password(),
                    "CYBERPLAN_KAFKA_BOOTSTRAP", broker.bootstrap(),
                    "CYBERPLAN_TOPIC_PREFIX", prefix,
                    "CYBERPLAN_JWKS_URL", TestInfrastructure.jwksUrl(),
                    // The node's own issuer is the tests' one, so TestTokens are trusted (DESIGN §11).
                    "CYBERPLAN_ISSUER", TestInfrastructure.TEST_ISSUER));
            try (ServiceProcess incidents = ServiceProcess.start("incident-reporting", ServiceProcess.freePort(), environment, dir)) {
                incidents.awaitHealthy(http, Duration.ofMinutes(2));
                String token = TestTokens.token("duty.ee", "EE", "DUTY_OFFICER");
                List<String> filed = new ArrayList<>();
                filed.add(file(incidents, token));
                try (TopicReader topic = new TopicReader(broker.bootstrap(), prefix + ".incidents.v1")) {
                    await().atMost(Duration.ofSeconds(30)).until(() -> keys(topic).contains(filed.get(0)));
                }

                broker.kill();
                for (int i = 0; i < 10; i++) {
                    filed.add(file(incidents, token));
                }
                broker.start();

                try (TopicReader topic = new TopicReader(broker.bootstrap(), prefix + ".incidents.v1")) {
                    await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(keys(topic)).containsAll(filed));
                }
            }
        }
    }

    private String file(ServiceProcess incidents, String token) {
        Api.Reply reply = api.post(incidents.url("/api/v1/incidents"), token, """
                {"title":"Ransomware on grid operator","summary":"SCADA jump hosts encrypted","awareAt":"%s","severity":"HIGH",
                 "rsitClass":"malicious-code","rsitType":"infected-system","tlp":"AMBER","pap":"AMBER","affectedCountries":["LV"],
                 "crossBorder":true,"suspectedMalicious":true,"sectors":["energy"]}""".formatted(Instant.now().minusSeconds(600)));
        assertThat(reply.status()).as("filing needs only the database: %s", reply).isEqualTo(201);
        return reply.body().get("id").asText();
    }

    private static Set<String> keys(TopicReader topic) {
        return topic.records().stream().map(r -> r.key()).collect(Collectors.toSet());
    }
}
