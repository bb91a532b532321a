package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Started comchecks, into the inbox of each country asked. Each polled batch is one transaction and one offset commit;
 * exercise comchecks (published by the exercises service) have their own consumer.
 */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-comchecks")
public class ComchecksListener {

    private final IncomingEvents events;
    private final ComcheckInbox inbox;

    public ComchecksListener(IncomingEvents events, ComcheckInbox inbox) {
        this.events = events;
        this.inbox = inbox;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.comchecks.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        inbox.deliverAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.comchecks.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        inbox.deliverAll(events.readAll(records));
    }
}
