package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Released injects of exercises (only ever on the exercise topic): messages, situation updates and comchecks. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-injects")
public class ExercisesListener {

    private final IncomingEvents events;
    private final InjectItems injects;

    public ExercisesListener(IncomingEvents events, InjectItems injects) {
        this.events = events;
        this.injects = injects;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.exercises.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        injects.deliverAll(events.readAll(records));
    }
}
