package eu.cyberplan.platform.inbox;

import eu.cyberplan.events.v1.Mode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads CloudEvents (Kafka binary mode) from consumed records and decodes their payloads. */
@Singleton
public class IncomingEvents {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingEvents.class);

    private final ObjectMapper json;

    public IncomingEvents(ObjectMapper json) {
        this.json = json;
    }

    public IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        Object mode = event.getExtension("cpmode");
        Object exercise = event.getExtension("cpexercise");
        Object tlp = event.getExtension("cptlp");
        return new IncomingEvent(
                UUID.fromString(event.getId()),
                event.getType(),
                event.getSource().toString(),
                event.getSubject(),
                event.getTime(),
                mode != null && "exercise".equals(mode.toString()) ? Mode.EXERCISE : Mode.REAL,
                exercise == null ? null : UUID.fromString(exercise.toString()),
                tlp == null ? null : tlp.toString().toUpperCase(Locale.ROOT),
                event.getData() == null ? new byte[0] : event.getData().toBytes());
    }

    /**
     * A polled batch in the order Kafka gave it (per partition, in offset order). A record that is no CloudEvent of
     * ours is logged and left out: retrying could never make it readable, and it would hold up its whole partition.
     */
    public List<IncomingEvent> readAll(ConsumerRecords<String, byte[]> records) {
        List<IncomingEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(read(record));
            } catch (RuntimeException e) {
                LOG.error("Skipped record {}-{}@{}: not a readable CloudEvent ({})", record.topic(), record.partition(), record.offset(), e.toString());
            }
        }
        return events;
    }

    /**
     * The payload, or empty (logged) when it cannot be read as that type or is an exercise event naming no exercise:
     * such an event can never be handled, and retrying it would hold up every event behind it.
     */
    public <T> Optional<T> payloadIfReadable(IncomingEvent event, Class<T> type) {
        if (event.mode() == Mode.EXERCISE && event.exerciseId() == null) {
            LOG.error("Skipped event {} ({}): an exercise event must name its exercise (ce_cpexercise)", event.id(), event.type());
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(event.data(), type));
        } catch (IOException | RuntimeException e) {
            LOG.error("Skipped event {} ({}): unreadable as {} ({})", event.id(), event.type(), type.getSimpleName(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * The payload when it is readable and {@code complete} holds for it (its required fields are there); else empty,
     * logged, for the same reason as {@link #payloadIfReadable(IncomingEvent, Class)}.
     */
    public <T> Optional<T> payloadIfComplete(IncomingEvent event, Class<T> type, Predicate<T> complete) {
        Optional<T> payload = payloadIfReadable(event, type);
        if (payload.isPresent() && !complete.test(payload.get())) {
            LOG.error("Skipped event {} ({}): a required field of {} is missing", event.id(), event.type(), type.getSimpleName());
            return Optional.empty();
        }
        return payload;
    }
}
