package eu.cyberplan.platform.quarantine;

import com.nimbusds.jose.jwk.JWK;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.inbox.SeenWidgets;
import eu.cyberplan.platform.outbox.WidgetService;
import eu.cyberplan.platform.parking.PrometheusScrape;
import eu.cyberplan.platform.signing.EventSignatures;
import eu.cyberplan.platform.signing.SignatureCheck;
import eu.cyberplan.platform.signing.SignedContent;
import eu.cyberplan.testing.CloudEventPublisher;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Only what a trusted node vouches for is applied (DESIGN §11): an unsigned record, a record signed by a node not
 * trusted for what it is about, and a record changed after signing are quarantined, listed for the coordinator and
 * counted, while the signed records around them on the same partition are applied; a redelivery adds no second row.
 */
@MicronautTest(transactional = false, environments = {"parking", "quarantine"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarantineIT implements TestPropertyProvider {

    private static final String TYPE = "eu.cyberplan.widget.seen.v1";
    private static final String COORDINATOR = TestTokens.bearer("coordinator", "EU", "COORDINATOR");

    private ServiceUnderTest service;

    @Inject
    SeenWidgets seen;
    @Inject
    WidgetService widgets;
    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        return (service = ServiceUnderTest.of("platform")).properties();
    }

    @Test
    void shouldQuarantineWhatNoTrustedNodeVouchesForAndApplyTheRest() throws IOException {
        String key = UUID.randomUUID().toString();
        UUID unsigned = UUID.randomUUID();
        UUID wrongNode = UUID.randomUUID();
        UUID tampered = UUID.randomUUID();
        try (CloudEventPublisher publisher = service.publisher()) {
            publisher.send(signed(widget(key, UUID.randomUUID(), "first"), "test-eu", TestFederation.EU_KEY));
            publisher.send(widget(key, unsigned, "unsigned"));
            publisher.send(signed(widget(key, wrongNode, "from-baltic"), "test-baltic", TestFederation.BALTIC_KEY));
            ProducerRecord<String, byte[]> genuine = signed(widget(key, tampered, "genuine"), "test-eu", TestFederation.EU_KEY);
            publisher.send(new ProducerRecord<>(genuine.topic(), null, key, "{\"name\":\"tampered\"}".getBytes(StandardCharsets.UTF_8), genuine.headers()));
            ProducerRecord<String, byte[]> last = signed(widget(key, UUID.randomUUID(), "last"), "test-eu", TestFederation.EU_KEY);
            publisher.send(last);
            publisher.send(new ProducerRecord<>(last.topic(), null, key, last.value(), last.headers()));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> seen.names().contains("last") && quarantined().size() == 3);
        assertThat(seen.names()).containsExactly("first", "last");
        assertThat(quarantined()).extracting(item -> item.get("eventId") + " " + item.get("reason")).containsExactlyInAnyOrder(
                unsigned + " UNSIGNED", wrongNode + " NOT_THE_EU_NODE", tampered + " BAD_SIGNATURE");
        assertThat(quarantined()).allSatisfy(item -> assertThat(item).containsEntry("key", key).containsEntry("type", TYPE)
                .containsKeys("id", "quarantinedAt", "detail", "offset").doesNotContainKeys("payload", "headers"));
        assertThat(PrometheusScrape.sum(api(), "cyberplan_events_quarantined_total", "reason=\"UNSIGNED\"")).isEqualTo(1.0);
        assertThat(PrometheusScrape.sum(api(), "cyberplan_events_quarantined_total", "")).isEqualTo(3.0);

        assertThat(api().get("/api/v1/quarantine", TestTokens.bearer("auditor", "EU", "AUDITOR")).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/v1/quarantine", TestTokens.bearer("ncp.lv", "LV", "NCP")).statusCode()).isEqualTo(403);
        String id = (String) quarantined().get(0).get("id");
        assertThat(api().get("/api/v1/quarantine/" + id, COORDINATOR).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/v1/quarantine/" + UUID.randomUUID(), COORDINATOR).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldSignEveryEventThisNodePublishes() {
        UUID id = widgets.create("signed on its way out", Mode.REAL, false);

        try (TopicReader reader = service.reader("incidents.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.records().stream().anyMatch(r -> id.toString().equals(r.key())));
            ConsumerRecord<String, byte[]> record = reader.records().stream().filter(r -> id.toString().equals(r.key())).findFirst().orElseThrow();
            SignedContent content = SignedContent.of(record.headers(), record.value()).orElseThrow();
            JWK published = TestFederation.EU_KEY.toPublicJWK();

            assertThat(TopicReader.header(record, "ce_cpnode")).isEqualTo("test-eu");
            assertThat(EventSignatures.verify(content, TopicReader.header(record, "ce_cpsig"),
                    kid -> kid.equals(published.getKeyID()) ? Optional.of(published) : Optional.empty())).isEqualTo(SignatureCheck.VALID);
        }
    }

    private ProducerRecord<String, byte[]> widget(String key, UUID id, String name) {
        return CloudEventPublisher.record(service.topic("receipts.v1"), key, id, TYPE, "{\"name\":\"%s\"}".formatted(name), null);
    }

    private static ProducerRecord<String, byte[]> signed(ProducerRecord<String, byte[]> record, String node, JWK key) {
        SignedContent content = SignedContent.of(record.headers(), record.value()).orElseThrow();
        record.headers().add("ce_cpnode", node.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_cpsig", EventSignatures.sign(content, key).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> quarantined() throws IOException {
        var response = api().get("/api/v1/quarantine?size=50", COORDINATOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) json.readValue(response.body(), Argument.mapOf(String.class, Object.class)).get("items");
    }

    private TestHttp api() {
        return new TestHttp(server.getURL());
    }
}
