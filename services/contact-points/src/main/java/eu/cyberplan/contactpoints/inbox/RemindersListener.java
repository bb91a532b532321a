package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** NIS2 reminders of the node holding an incident, into its reporting country's inbox (DESIGN §14). */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-reminders")
public class RemindersListener {

    private final IncomingEvents events;
    private final DeadlineReminderItems reminders;

    public RemindersListener(IncomingEvents events, DeadlineReminderItems reminders) {
        this.events = events;
        this.reminders = reminders;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.incidents.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        reminders.deliverAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.incidents.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        reminders.deliverAll(events.readAll(records));
    }
}
