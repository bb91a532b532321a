package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Comcheck answers from the receipts topic, this node's and other nodes', recorded against the comchecks started
 * here. Its own group, so it reads every receipt whatever other consumers of the topic do.
 */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-comcheck-answers")
public class ComcheckAnswersListener {

    private final IncomingEvents events;
    private final ComcheckAnswers answers;

    public ComcheckAnswersListener(IncomingEvents events, ComcheckAnswers answers) {
        this.events = events;
        this.answers = answers;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.receipts.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        answers.recordAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.receipts.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        answers.recordAll(events.readAll(records));
    }
}
