package eu.cyberplan.contactpoints.readiness;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Ends of exercises (published on the exercise topic, as everything of an exercise), for the scores readiness counts. */
@KafkaListener(groupId = "contact-points-exercise-scores", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class ExerciseScoresListener {

    private final IncomingEvents events;
    private final ExerciseScores scores;

    public ExerciseScoresListener(IncomingEvents events, ExerciseScores scores) {
        this.events = events;
        this.scores = scores;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.exercises.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        scores.recordAll(events.readAll(records));
    }
}
