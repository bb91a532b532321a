package eu.cyberplan.infra.bench;

import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.EventTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes {@code alert.dispatched} events as the escalation service would: one incident alerting every member
 * country, an alert per country, keyed by incident, CloudEvents binary mode, {@code acks=all} with idempotence.
 */
final class AlertFlood implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final String topic;
    private final UUID exerciseId;
    /** When each alert was sent, by alert id: the start of its end-to-end latency. */
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    AlertFlood(String bootstrap, String topic, UUID exerciseId) {
        this.producer = new KafkaProducer<>(BenchKafka.client(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024)),
                new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.exerciseId = exerciseId;
    }

    /** Sends alerts for {@code incidents} incidents, each to every country given; returns their ids when the broker has them all. */
    List<String> send(int incidents, List<String> countries) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < incidents; i++) {
            UUID incident = UUID.randomUUID();
            Instant now = Instant.now();
            for (String country : countries) {
                UUID alert = UUID.randomUUID();
                AlertDispatched event = new AlertDispatched(alert, incident, country, "ALERT", "HIGH", "AMBER",
                        exerciseId == null ? "REAL" : "EXERCISE", exerciseId, "Benchmark alert " + i, "OPERATIONAL", "EE", now,
                        now.plus(Duration.ofHours(1)));
                var builder = CloudEventBuilder.v1()
                        .withId(UUID.randomUUID().toString())
                        .withSource(URI.create("/cyberplan/bench/" + country.toLowerCase()))
                        .withType(EventTypes.ALERT_DISPATCHED)
                        .withSubject(alert.toString())
                        .withTime(OffsetDateTime.now())
                        .withDataContentType("application/json")
                        .withData(json.writeValueAsBytes(event))
                        .withExtension("cpmode", exerciseId == null ? "real" : "exercise");
                if (exerciseId != null) {
                    builder.withExtension("cpexercise", exerciseId.toString());
                }
                sentAt.put(alert.toString(), System.nanoTime());
                ids.add(alert.toString());
                producer.send(StackSigning.signed(KafkaMessageFactory.<String>createWriter(topic, incident.toString()).writeBinary(builder.build())),
                        (metadata, error) -> {
                            if (error != null) {
                                failure.compareAndSet(null, error);
                            } else {
                                acknowledged.incrementAndGet();
                            }
                        });
            }
        }
        producer.flush();
        if (failure.get() != null) {
            throw new BenchAborted("the broker refused an alert: " + failure.get());
        }
        return ids;
    }

    Long sentAt(String alertId) {
        return sentAt.get(alertId);
    }

    int sent() {
        return acknowledged.get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
