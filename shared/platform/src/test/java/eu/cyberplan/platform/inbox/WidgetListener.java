package eu.cyberplan.platform.inbox;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** A listener declared as the services' ones are ({@link EventConsumer}: batch, one transaction per poll, retry on error), for the parking ITs. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "platform-test-widgets")
public class WidgetListener {

    private final IncomingEvents events;
    private final SeenWidgets seen;

    public WidgetListener(IncomingEvents events, SeenWidgets seen) {
        this.events = events;
        this.seen = seen;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.receipts.v1")
    void receipts(ConsumerRecords<String, byte[]> records) {
        seen.applyAll(events.readAll(records));
    }
}
