package eu.cyberplan.contactpoints.exercise;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Starts and ends of exercises (only ever on the exercise topic): who each may reach, and ENDEX. */
@KafkaListener(groupId = "contact-points-exercise-bounds", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
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
