package eu.cyberplan.escalation.exercise;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Exercises starting (only ever on the exercise topic): who takes part in each. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "escalation-exercise-parties")
public class ExercisesListener {

    private final IncomingEvents events;
    private final ExerciseRosters rosters;

    public ExercisesListener(IncomingEvents events, ExerciseRosters rosters) {
        this.events = events;
        this.rosters = rosters;
    }

    @Topic("${cyberplan.topics.prefix}.exercises.v1.exercise")
    @ParksPoisonRecords
    void exercise(ConsumerRecords<String, byte[]> records) {
        rosters.recordAll(events.readAll(records));
    }
}
