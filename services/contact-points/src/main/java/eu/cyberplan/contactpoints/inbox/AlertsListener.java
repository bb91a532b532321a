package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Alerts of the emergency protocol, into the recipient country's inbox. Each polled batch is one transaction and one
 * offset commit; exercise alerts have their own consumer, so a drill never queues ahead of a real alert.
 */
// Larger polls make fewer, larger transactions when a flood of alerts arrives (an escalation to every country).
@EventConsumer(value = EventConsumer.GROUP_PREFIX + "contact-points-alerts",
        properties = @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "${cyberplan.inbox.max-poll-records:2000}"))
public class AlertsListener {

    private final IncomingEvents events;
    private final Inbox inbox;

    public AlertsListener(IncomingEvents events, Inbox inbox) {
        this.events = events;
        this.inbox = inbox;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.alerts.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        inbox.deliverAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.alerts.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        inbox.deliverAll(events.readAll(records));
    }
}
