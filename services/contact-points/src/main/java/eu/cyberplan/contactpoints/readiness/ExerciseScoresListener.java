package eu.cyberplan.contactpoints.readiness;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Ends of exercises (published on the exercise topic, as everything of an exercise), for the scores readiness counts. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-exercise-scores")
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
