package eu.cyberplan.contactpoints.node;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestJson;
import eu.cyberplan.testing.TestTokens;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A silent node is an alarm (DESIGN §11): the Baltic node's heartbeats stop, the EU node puts one NODE_SILENT item in
 * the EU inbox (whatever the number of checks, and redeliveries), the coordinator acknowledges it, and it is withdrawn
 * when the node is heard again.
 */
@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SilentNodeIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");

    private ServiceUnderTest service;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("contact_points");
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("cyberplan.node.countries", "EU");
        properties.put("cyberplan.node.silence.check-every", "200ms");
        return properties;
    }

    @Test
    void shouldRaiseOneAlarmForASilentNodeAndWithdrawItWhenTheNodeIsBack() {
        String node = "baltic-" + System.nanoTime();
        try (CloudEventPublisher publisher = service.publisher()) {
            heartbeat(publisher, node, Instant.now().minusSeconds(10));
            heartbeat(publisher, node, Instant.now().minusSeconds(10));

            await().atMost(Duration.ofSeconds(60)).until(() -> alarm(node).isPresent());
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> alarms(node) == 1);
            JsonNode alarm = alarm(node).orElseThrow();
            assertThat(text(alarm, "kind")).isEqualTo("NODE_SILENT");
            assertThat(text(alarm, "country")).isEqualTo("EU");
            assertThat(text(alarm, "mode")).isEqualTo("REAL");
            assertThat(text(alarm, "title")).contains("EE, LV, LT");
            var ack = api().post("/api/v1/inbox/" + text(alarm, "alertId") + "/ack", COORDINATOR, "{\"note\":\"calling the Baltic duty desk\"}");
            assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);

            heartbeat(publisher, node, Instant.now());
            await().atMost(Duration.ofSeconds(60)).until(() -> alarm(node).map(item -> !text(item, "recalledAt").isEmpty()).orElse(false));
            assertThat(text(alarm(node).orElseThrow(), "recallReason")).contains("heard again");
            assertThat(alarms(node)).isEqualTo(1);
        }
        assertThat(api().get("/api/v1/inbox", TestTokens.bearer("ncp.lv", "LV", "NCP")).body()).doesNotContain(node);
    }

    private void heartbeat(CloudEventPublisher publisher, String node, Instant at) {
        publisher.publish(service.topic("directory.v1"), "node/" + node, java.util.UUID.randomUUID(), EventTypes.NODE_HEARTBEAT, """
                {"nodeId":"%s","service":"contact-points","countries":["EE","LV","LT"],"at":"%s","intervalSeconds":1}"""
                .formatted(node, at));
    }

    private Optional<JsonNode> alarm(String node) {
        return items(node).stream().findFirst();
    }

    private long alarms(String node) {
        return items(node).size();
    }

    private List<JsonNode> items(String node) {
        var inbox = api().get("/api/v1/inbox?size=200", COORDINATOR);
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : TestJson.parse(inbox.body()).get("items").values()) {
            if (text(item, "title").contains(node)) {
                found.add(item);
            }
        }
        return found;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? "" : value.getStringValue();
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
