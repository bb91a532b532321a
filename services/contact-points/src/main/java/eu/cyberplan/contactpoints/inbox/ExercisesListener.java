package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Released injects of exercises (only ever on the exercise topic): messages, situation updates and comchecks. */
@KafkaListener(groupId = "contact-points-injects", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
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
