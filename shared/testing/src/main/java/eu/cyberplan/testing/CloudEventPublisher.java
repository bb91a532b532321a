package eu.cyberplan.testing;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Publishes CloudEvents (Kafka binary mode), signed, as another service of the node would, e.g. to redeliver one on purpose. */
public final class CloudEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public CloudEventPublisher(String bootstrap) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends one real event with this id; sending the same id again is a redelivery. */
    public void publish(String topic, String key, UUID eventId, String type, String json) {
        publish(topic, key, eventId, type, json, null);
    }

    /** As {@link #publish(String, String, UUID, String, String)}, marked as an event of the exercise when one is given. */
    public void publish(String topic, String key, UUID eventId, String type, String json, UUID exerciseId) {
        send(TestEventSignatures.signed(record(topic, key, eventId, type, json, exerciseId)));
    }

    /** Publishes under a TLP marking, as the outbox marks an event ({@code cptlp}: the label, e.g. {@code AMBER+STRICT}). */
    public void publishMarked(String topic, String key, UUID eventId, String type, String json, UUID exerciseId, String tlp) {
        send(TestEventSignatures.signed(record(topic, key, eventId, type, json, exerciseId, tlp)));
    }

    /** The record {@link #publish} would send, unsigned, for a test that signs it otherwise (or not at all) before {@link #send}. */
    public static ProducerRecord<String, byte[]> record(String topic, String key, UUID eventId, String type, String json, UUID exerciseId) {
        return record(topic, key, eventId, type, json, exerciseId, null);
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, UUID eventId, String type, String json, UUID exerciseId,
                                                         String tlp) {
        var builder = CloudEventBuilder.v1()
                .withId(eventId.toString())
                .withSource(URI.create("/cyberplan/test/eu"))
                .withType(type)
                .withSubject(key)
                .withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(json.getBytes(StandardCharsets.UTF_8))
                .withExtension("cpmode", exerciseId == null ? "real" : "exercise");
        if (exerciseId != null) {
            builder.withExtension("cpexercise", exerciseId.toString());
        }
        if (tlp != null) {
            builder.withExtension("cptlp", tlp.toLowerCase(java.util.Locale.ROOT));
        }
        return KafkaMessageFactory.<String>createWriter(topic, key).writeBinary(builder.build());
    }

    /** Sends the record and waits for the broker's acknowledgement. */
    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + record.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
