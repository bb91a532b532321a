package eu.cyberplan.escalation.timer;

import eu.cyberplan.escalation.IncidentFixtures;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.testing.CloudEventPublisher;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TestHttp;
import eu.cyberplan.testing.TestTokens;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static eu.cyberplan.testing.TestJson.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines survive their instance and fire exactly once: this instance dispatches alerts but fires no timer (as if
 * it died after dispatching); two other instances against the same database then fire every deadline between them,
 * each exactly once, the acknowledgement deadlines and the backup ones.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimersTwoInstancesIT implements TestPropertyProvider {

    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");
    private static final int INCIDENTS = 12;
    private static final int ALERTS_EACH = 29;

    private ServiceUnderTest service;
    private final Map<String, String> shared = new HashMap<>();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("escalation");
        shared.putAll(service.properties());
        shared.put("escalation.sla.high", "3s");
        shared.put("escalation.timers.batch-size", "25");
        Map<String, String> dispatcher = new HashMap<>(shared);
        dispatcher.put("escalation.timers.enabled", "false");
        return dispatcher;
    }

    @Test
    void shouldFireEveryDeadlineExactlyOnceAcrossARestartAndTwoInstances() throws Exception {
        List<UUID> incidents = java.util.stream.IntStream.range(0, INCIDENTS).mapToObj(i -> UUID.randomUUID()).toList();
        String everyoneButEe = "[\"AT\",\"BE\",\"BG\",\"HR\",\"CY\",\"CZ\",\"DK\",\"FI\",\"FR\",\"DE\",\"GR\",\"HU\",\"IE\",\"IT\",\"LV\",\"LT\","
                + "\"LU\",\"MT\",\"NL\",\"PL\",\"PT\",\"RO\",\"SK\",\"SI\",\"ES\",\"SE\",\"IS\",\"LI\",\"NO\"]";
        try (CloudEventPublisher publisher = service.publisher();
             TopicReader alerts = service.reader("alerts.v1");
             TopicReader protocol = service.reader("protocol.v1")) {
            for (UUID incident : incidents) {
                publisher.publish(service.topic("incidents.v1"), incident.toString(), UUID.randomUUID(), EventTypes.INCIDENT_REPORTED,
                        IncidentFixtures.reported(incident, "HIGH", everyoneButEe));
            }
            int expected = INCIDENTS * ALERTS_EACH;
            await().atMost(Duration.ofSeconds(90)).until(() -> alerts.ofType(EventTypes.ALERT_DISPATCHED).size() == expected);
            assertThat(at(new TestHttp(server.getURL()).get("/api/v1/cases/" + incidents.get(0), COORDINATOR).body(), "counts", "recipients")).isEqualTo("29");

            try (ApplicationContext first = instance(); ApplicationContext second = instance()) {
                await().atMost(Duration.ofSeconds(120)).until(() -> protocol.ofType(EventTypes.COORDINATOR_NOTIFIED).size() >= expected);
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> protocol.ofType(EventTypes.COORDINATOR_NOTIFIED).size() == expected);
            }
            assertThat(perAlert(protocol.ofType(EventTypes.ALERT_OVERDUE))).hasSize(expected).allSatisfy((alert, count) -> assertThat(count).isEqualTo(1));
            assertThat(perAlert(protocol.ofType(EventTypes.COORDINATOR_NOTIFIED))).hasSize(expected)
                    .allSatisfy((alert, count) -> assertThat(count).isEqualTo(1));
        }
    }

    private ApplicationContext instance() {
        Map<String, Object> properties = new HashMap<>(shared);
        properties.put("micronaut.server.port", "-1");
        return ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
    }

    private static Map<String, Long> perAlert(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> eu.cyberplan.testing.TopicReader.header(r, "ce_subject"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
