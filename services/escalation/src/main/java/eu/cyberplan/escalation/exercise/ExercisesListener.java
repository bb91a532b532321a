package eu.cyberplan.escalation.exercise;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Exercises starting (only ever on the exercise topic): who takes part in each. */
@KafkaListener(groupId = "escalation-exercise-parties", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
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
