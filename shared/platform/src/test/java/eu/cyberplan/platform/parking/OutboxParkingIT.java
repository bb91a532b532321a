package eu.cyberplan.platform.parking;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.outbox.WidgetService;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event the broker refuses for good is parked (DESIGN §4): the relay goes on with every other key, the events of
 * its key wait with it, the coordinator sees it (and a duty officer does not), and retry or discard releases its key.
 */
@MicronautTest(transactional = false, environments = "parking")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxParkingIT implements TestPropertyProvider {

    private static final int MAX_REQUEST_SIZE = 100_000;
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final String AUDITOR = TestTokens.bearer("auditor", "EU", "AUDITOR");
    private static final String DUTY_OFFICER = TestTokens.bearer("duty.ee", "EE", "DUTY_OFFICER");

    private ServiceUnderTest service;

    @Inject
    WidgetService widgets;
    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("platform");
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("cyberplan.outbox.relay.max-request-size", String.valueOf(MAX_REQUEST_SIZE));
        return properties;
    }

    @Test
    void shouldParkAnEventOverMaxRequestSizeWhileOtherKeysFlowAndItsOwnKeyWaits() throws IOException {
        UUID oversized = widgets.create("x".repeat(MAX_REQUEST_SIZE + 10_000), Mode.REAL, false);
        widgets.announce("incidents.v1", oversized, "renamed, behind the oversized one");
        UUID other = widgets.create("another widget, after both", Mode.REAL, false);

        try (TopicReader reader = service.reader("incidents.v1")) {
            awaitRecord(reader, other);
            assertThat(reader.records()).as("the events of the parked key wait with it").noneMatch(r -> oversized.toString().equals(r.key()));

            Map<String, Object> item = onlyParked(oversized);
            assertThat(item).containsEntry("side", "OUTBOX").containsEntry("status", "PARKED")
                    .containsEntry("topic", service.topic("incidents.v1")).containsEntry("type", WidgetService.TYPE)
                    .containsKeys("id", "parkedAt").doesNotContainKeys("payload", "data");
            assertThat(((Number) item.get("size")).longValue()).isGreaterThan(MAX_REQUEST_SIZE);
            assertThat((String) item.get("reason")).startsWith("RecordTooLargeException").contains("max.request.size");

            assertThat(api().get("/api/v1/parked-events", DUTY_OFFICER).statusCode()).isEqualTo(403);
            assertThat(api().get("/api/v1/parked-events", AUDITOR).statusCode()).isEqualTo(200);
            assertThat(api().post("/api/v1/parked-events/" + item.get("id") + "/discard", AUDITOR, "").statusCode())
                    .as("auditors read, only the coordinator acts").isEqualTo(403);
            assertThat(metric("cyberplan_outbox_parked_total", "topic=\"" + service.topic("incidents.v1") + "\"")).isEqualTo(1.0);
            await().atMost(Duration.ofSeconds(10)).until(() -> metric("cyberplan_parked_events", "side=\"OUTBOX\"") >= 1.0);

            var discarded = api().post("/api/v1/parked-events/" + item.get("id") + "/discard", COORDINATOR, "");
            assertThat(discarded.statusCode()).isEqualTo(200);
            assertThat(json.readValue(discarded.body(), Map.class)).containsEntry("status", "DISCARDED").containsEntry("resolvedBy", "coordinator");

            ConsumerRecord<String, byte[]> follower = awaitRecord(reader, oversized);
            assertThat(new String(follower.value(), StandardCharsets.UTF_8)).contains("renamed, behind the oversized one");
            assertThat(reader.records().stream().filter(r -> oversized.toString().equals(r.key()))).hasSize(1);
            assertThat(api().post("/api/v1/parked-events/" + item.get("id") + "/retry", COORDINATOR, "").statusCode())
                    .as("a discarded event stays discarded").isEqualTo(409);
            assertThat(list("?status=DISCARDED&side=OUTBOX")).extracting(i -> i.get("key")).contains(oversized.toString());
        }
    }

    @Test
    void shouldParkEventsOfAMissingTopicAndPublishThemInOrderOnceRetried() throws Exception {
        UUID widget = UUID.randomUUID();
        widgets.announce("late.v1", widget, "first");
        widgets.announce("late.v1", widget, "second");
        UUID other = widgets.create("flows past the missing topic", Mode.REAL, false);

        try (TopicReader reader = service.reader("incidents.v1")) {
            awaitRecord(reader, other);
        }
        Map<String, Object> item = onlyParked(widget);
        assertThat((String) item.get("reason")).contains("does not exist");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, service.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(service.topic("late.v1"), 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        var retried = api().post("/api/v1/parked-events/" + item.get("id") + "/retry", COORDINATOR, "");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(json.readValue(retried.body(), Map.class)).containsEntry("status", "RETRIED");

        try (TopicReader late = service.reader("late.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> late.records().size() == 2);
            assertThat(late.records()).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .satisfiesExactly(first -> assertThat(first).contains("\"first\""), second -> assertThat(second).contains("\"second\""));
        }
        assertThat(list("")).noneMatch(i -> widget.toString().equals(i.get("key")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAnswerProblemsForUnknownIdsAndFilters() throws IOException {
        assertThat(api().post("/api/v1/parked-events/" + UUID.randomUUID() + "/retry", COORDINATOR, "").statusCode()).isEqualTo(404);
        var badStatus = api().get("/api/v1/parked-events?status=LOST", COORDINATOR);
        assertThat(badStatus.statusCode()).isEqualTo(422);
        Map<String, Object> problem = json.readValue(badStatus.body(), Argument.mapOf(String.class, Object.class));
        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> e.get("field")).containsExactly("status");
    }

    private Map<String, Object> onlyParked(UUID key) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> list("").stream()
                .filter(i -> key.toString().equals(i.get("key"))).findFirst().orElse(null), i -> i != null);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String query) throws IOException {
        var response = api().get("/api/v1/parked-events" + query, COORDINATOR);
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> page = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertThat(page).containsKeys("items", "page", "size", "total");
        return (List<Map<String, Object>>) page.get("items");
    }

    private double metric(String name, String labels) {
        return PrometheusScrape.sum(api(), name, labels);
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(TopicReader reader, UUID key) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> reader.records().stream()
                .filter(r -> key.toString().equals(r.key())).findFirst().orElse(null), r -> r != null);
    }
}
