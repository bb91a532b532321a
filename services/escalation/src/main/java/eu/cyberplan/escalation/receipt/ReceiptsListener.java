package eu.cyberplan.escalation.receipt;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Receipts from the national contact points' inboxes. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "escalation-receipts")
public class ReceiptsListener {

    private final IncomingEvents events;
    private final Receipts receipts;

    public ReceiptsListener(IncomingEvents events, Receipts receipts) {
        this.events = events;
        this.receipts = receipts;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.receipts.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        receipts.recordAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.receipts.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        receipts.recordAll(events.readAll(records));
    }
}
