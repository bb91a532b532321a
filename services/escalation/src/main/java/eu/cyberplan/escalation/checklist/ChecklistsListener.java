package eu.cyberplan.escalation.checklist;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Checklist progress from the countries (on the receipts topics), for the cases and their situation reports. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "escalation-checklists")
public class ChecklistsListener {

    private final IncomingEvents events;
    private final CaseChecklists checklists;

    public ChecklistsListener(IncomingEvents events, CaseChecklists checklists) {
        this.events = events;
        this.checklists = checklists;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.receipts.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        checklists.recordAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.receipts.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        checklists.recordAll(events.readAll(records));
    }
}
