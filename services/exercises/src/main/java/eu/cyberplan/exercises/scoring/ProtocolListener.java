package eu.cyberplan.exercises.scoring;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** The exercise twins of the alerts, receipts and protocol topics: an exercise is scored from its real pipeline. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "exercises-observer")
public class ProtocolListener {

    private final IncomingEvents events;
    private final ProtocolObserver observer;

    public ProtocolListener(IncomingEvents events, ProtocolObserver observer) {
        this.events = events;
        this.observer = observer;
    }

    @ParksPoisonRecords
    @Topic({"${cyberplan.topics.prefix}.alerts.v1.exercise", "${cyberplan.topics.prefix}.receipts.v1.exercise",
            "${cyberplan.topics.prefix}.protocol.v1.exercise"})
    void exercise(ConsumerRecords<String, byte[]> records) {
        observer.recordAll(events.readAll(records));
    }
}
