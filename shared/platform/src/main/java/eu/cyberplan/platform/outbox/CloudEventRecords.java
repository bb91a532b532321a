package eu.cyberplan.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.Locale;

/** Maps an outbox row to a Kafka record in CloudEvents binary mode: attributes in {@code ce_*} headers. */
final class CloudEventRecords {

    static final String MODE = "cpmode";
    static final String EXERCISE = "cpexercise";
    static final String TLP = "cptlp";

    private CloudEventRecords() {
    }

    static ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(row.id().toString())
                .withSource(URI.create(row.source()))
                .withType(row.type())
                .withSubject(row.subject())
                .withTime(row.createdAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(row.payload())
                .withExtension(MODE, row.mode().toLowerCase(Locale.ROOT));
        if (row.exerciseId() != null) {
            builder.withExtension(EXERCISE, row.exerciseId().toString());
        }
        if (row.tlp() != null) {
            builder.withExtension(TLP, row.tlp().toLowerCase(Locale.ROOT));
        }
        CloudEvent event = builder.build();
        return KafkaMessageFactory.<String>createWriter(row.topic(), row.key()).writeBinary(event);
    }
}
