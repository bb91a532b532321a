package eu.cyberplan.escalation.exercise;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import java.util.List;

/**
 * Exercises (only ever on the exercise topic): who takes part in each when it starts; its pauses, resumptions and ENDEX on
 * its cases' deadlines.
 */
@EventConsumer(EventConsumer.GROUP_PREFIX + "escalation-exercise-parties")
public class ExercisesListener {

    private final IncomingEvents events;
    private final ExerciseRosters rosters;
    private final ExerciseClock clock;

    public ExercisesListener(IncomingEvents events, ExerciseRosters rosters, ExerciseClock clock) {
        this.events = events;
        this.rosters = rosters;
        this.clock = clock;
    }

    @Topic("${cyberplan.topics.prefix}.exercises.v1.exercise")
    @ParksPoisonRecords
    void exercise(ConsumerRecords<String, byte[]> records) {
        List<IncomingEvent> batch = events.readAll(records);
        rosters.recordAll(batch);
        clock.applyAll(batch);
    }
}
