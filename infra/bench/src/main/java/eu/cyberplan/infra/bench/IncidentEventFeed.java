package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.events.v1.EventTypes;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes exercise incident events as incident-reporting would (CloudEvents binary mode, keyed by incident,
 * {@code acks=all}): an incident reported by EE affecting the given countries, and its closure.
 */
final class IncidentEventFeed implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper json = new ObjectMapper();
    private final String topic;
    private final UUID exerciseId;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    IncidentEventFeed(String bootstrap, String topic, UUID exerciseId) {
        this.producer = new KafkaProducer<>(BenchKafka.client(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5)), new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.exerciseId = exerciseId;
    }

    void reported(UUID incident, String severity, List<String> affected) {
        Instant now = Instant.now();
        ObjectNode event = json.createObjectNode().put("incidentId", incident.toString()).put("reference", "EE-BENCH")
                .put("reporterCountry", "EE").put("title", "Bench incident").put("severity", severity).put("tlp", "AMBER").put("pap", "AMBER")
                .put("rsitClass", "malicious-code").put("rsitType", "infected-system").put("crossBorder", true).put("suspectedMalicious", true)
                .put("awareAt", now.toString()).put("reportedAt", now.toString()).put("reportedBy", "bench").put("mode", "EXERCISE")
                .put("exerciseId", exerciseId.toString()).put("significant", false);
        affected.forEach(event.putArray("affectedCountries")::add);
        event.putArray("sectors").add("energy");
        event.putArray("recipients");
        send(incident, EventTypes.INCIDENT_REPORTED, event);
    }

    void closed(UUID incident) {
        Instant now = Instant.now();
        send(incident, EventTypes.INCIDENT_CLOSED, json.createObjectNode().put("incidentId", incident.toString()).put("reference", "EE-BENCH")
                .put("reporterCountry", "EE").put("handledAt", now.toString()).put("reason", "benchmark over").put("closedBy", "bench")
                .put("closedAt", now.toString()).put("tlp", "AMBER").put("mode", "EXERCISE").put("exerciseId", exerciseId.toString()));
    }

    void flush() {
        producer.flush();
        if (failure.get() != null) {
            throw new BenchAborted("the broker refused an incident event: " + failure.get());
        }
    }

    private void send(UUID incident, String type, ObjectNode payload) {
        try {
            var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/cyberplan/incident-reporting/ee"))
                    .withType(type).withSubject(incident.toString()).withTime(OffsetDateTime.now()).withDataContentType("application/json")
                    .withData(json.writeValueAsBytes(payload)).withExtension("cpmode", "exercise")
                    .withExtension("cpexercise", exerciseId.toString()).withExtension("cptlp", "amber").build();
            producer.send(StackSigning.signed(KafkaMessageFactory.<String>createWriter(topic, incident.toString()).writeBinary(event)), (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
        } catch (Exception e) {
            throw new BenchAborted("cannot write an incident event: " + e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
