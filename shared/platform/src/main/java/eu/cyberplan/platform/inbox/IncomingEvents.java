package eu.cyberplan.platform.inbox;

import eu.cyberplan.events.v1.Mode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Reads CloudEvents (Kafka binary mode) from consumed records and decodes their payloads. */
@Singleton
public class IncomingEvents {

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

    /** A polled batch in the order Kafka gave it (per partition, in offset order). */
    public List<IncomingEvent> readAll(ConsumerRecords<String, byte[]> records) {
        List<IncomingEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            events.add(read(record));
        }
        return events;
    }

    public <T> T payload(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + event.id() + " of type " + event.type() + " has an unreadable payload", e);
        }
    }
}
