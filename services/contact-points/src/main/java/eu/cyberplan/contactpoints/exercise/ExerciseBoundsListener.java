package eu.cyberplan.contactpoints.exercise;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Starts and ends of exercises (only ever on the exercise topic): who each may reach, and ENDEX. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-exercise-bounds")
public class ExerciseBoundsListener {

    private final IncomingEvents events;
    private final ExerciseBounds bounds;

    public ExerciseBoundsListener(IncomingEvents events, ExerciseBounds bounds) {
        this.events = events;
        this.bounds = bounds;
    }

    @Topic("${cyberplan.topics.prefix}.exercises.v1.exercise")
    @ParksPoisonRecords
    void exercise(ConsumerRecords<String, byte[]> records) {
        bounds.applyAll(events.readAll(records));
    }
}
