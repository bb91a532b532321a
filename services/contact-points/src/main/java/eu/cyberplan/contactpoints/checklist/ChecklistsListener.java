package eu.cyberplan.contactpoints.checklist;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Filed incidents and dispatched alerts, for the checklists of the reporter and of each recipient; exercise traffic
 * on its own topics gives exercise checklists. Each polled batch is one transaction and one offset commit.
 */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-checklists")
public class ChecklistsListener {

    private final IncomingEvents events;
    private final ChecklistAttachment attachment;

    public ChecklistsListener(IncomingEvents events, ChecklistAttachment attachment) {
        this.events = events;
        this.attachment = attachment;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.incidents.v1")
    void incidents(ConsumerRecords<String, byte[]> records) {
        attachment.attachAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.incidents.v1.exercise")
    void exerciseIncidents(ConsumerRecords<String, byte[]> records) {
        attachment.attachAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.alerts.v1")
    void alerts(ConsumerRecords<String, byte[]> records) {
        attachment.attachAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.alerts.v1.exercise")
    void exerciseAlerts(ConsumerRecords<String, byte[]> records) {
        attachment.attachAll(events.readAll(records));
    }
}
