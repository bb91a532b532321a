package eu.cyberplan.platform.parking;

import eu.cyberplan.platform.inbox.SeenWidgets;
import eu.cyberplan.platform.inbox.WidgetListener;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumed record that always fails (a value PostgreSQL refuses) is parked after a bounded number of attempts,
 * exactly that record, and the records after it on its partition are applied (DESIGN §4); the coordinator retries it
 * once the cause is fixed.
 */
@MicronautTest(transactional = false, environments = "parking")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordParkingIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String TYPE = "eu.cyberplan.widget.seen.v1";
    private static final String GROUP = "platform-test-widgets";

    private ServiceUnderTest service;

    @Inject
    SeenWidgets seen;
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>((service = ServiceUnderTest.of("platform")).properties());
        properties.put("cyberplan.inbox.batch-retry-delay", "500ms");
        return properties;
    }

    @Test
    void shouldRetryAFailedBatchAfterTheConfiguredDelay() {
        // What the Kafka consumer reads for its retry (micronaut-kafka's ConsumerInfo: the listener method's errorStrategy).
        var listener = context.getBeanDefinition(WidgetListener.class).getExecutableMethods().stream()
                .filter(method -> method.getMethodName().equals("receipts")).findFirst().orElseThrow();
        var strategy = listener.getAnnotation(KafkaListener.class).getAnnotation("errorStrategy", ErrorStrategy.class).orElseThrow();
        assertThat(strategy.get("retryDelay", Duration.class)).hasValue(Duration.ofMillis(500));
    }

    @Test
    void shouldParkTheRecordThatAlwaysFailsAndApplyTheRecordsAfterItOnItsPartition() throws IOException {
        String key = UUID.randomUUID().toString();
        UUID poison = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publish(publisher, key, UUID.randomUUID(), "before");
            publish(publisher, key, poison, "poison");
            publish(publisher, key, UUID.randomUUID(), "after");
            publish(publisher, key, UUID.randomUUID(), "later");
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> seen.names().containsAll(List.of("after", "before", "later")));
        assertThat(seen.names()).containsExactly("after", "before", "later");
        assertThat(seen.attempts("poison")).as("3 attempts alone, after those in the batches that isolated it").isGreaterThanOrEqualTo(3);

        Map<String, Object> item = parked(poison);
        assertThat(item).containsEntry("side", "CONSUMER").containsEntry("status", "PARKED").containsEntry("type", TYPE)
                .containsEntry("key", key).containsEntry("consumerGroup", GROUP).containsEntry("attempts", 3)
                .containsEntry("topic", service.topic("receipts.v1")).doesNotContainKeys("payload", "headers");
        assertThat((String) item.get("reason")).contains("widget_seen_not_poison");
        assertThat(api().get("/api/v1/parked-events", TestTokens.bearer("ncp.lv", "LV", "NCP")).statusCode()).isEqualTo(403);
        assertThat(metric("cyberplan_inbox_parked_total", "group=\"" + GROUP + "\"")).isEqualTo(1.0);

        var stillFailing = api().post("/api/v1/parked-events/" + item.get("id") + "/retry", COORDINATOR, "");
        assertThat(stillFailing.statusCode()).as(stillFailing.body()).isEqualTo(200);
        assertThat(json.readValue(stillFailing.body(), Map.class)).as("failed again: parked again")
                .containsEntry("status", "PARKED").containsEntry("attempts", 6);

        seen.acceptPoison();
        var retried = api().post("/api/v1/parked-events/" + item.get("id") + "/retry", COORDINATOR, "");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(json.readValue(retried.body(), Map.class)).containsEntry("status", "RETRIED").containsEntry("resolvedBy", "coordinator");
        assertThat(seen.names()).containsExactly("after", "before", "later", "poison");
        assertThat(api().post("/api/v1/parked-events/" + item.get("id") + "/discard", COORDINATOR, "").statusCode()).isEqualTo(409);
    }

    private void publish(CloudEventPublisher publisher, String key, UUID eventId, String name) {
        publisher.publish(service.topic("receipts.v1"), key, eventId, TYPE, "{\"name\":\"%s\"}".formatted(name));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parked(UUID ceId) throws IOException {
        var response = api().get("/api/v1/parked-events?side=CONSUMER", COORDINATOR);
        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>) json.readValue(response.body(),
                Argument.mapOf(String.class, Object.class)).get("items");
        assertThat(items).as("exactly the failing record is parked, not its batch").hasSize(1);
        assertThat(items.get(0)).containsEntry("ceId", ceId.toString());
        return items.get(0);
    }

    private double metric(String name, String labels) {
        return PrometheusScrape.sum(api(), name, labels);
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
