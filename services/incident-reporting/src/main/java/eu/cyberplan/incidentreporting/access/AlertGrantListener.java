package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Each {@code alert.dispatched} lets its recipient country read the incident under the TLP rules. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "incident-reporting-alerts")
public class AlertGrantListener {

    private final IncomingEvents events;
    private final AlertGrants grants;

    public AlertGrantListener(IncomingEvents events, AlertGrants grants) {
        this.events = events;
        this.grants = grants;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.alerts.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        grants.grantAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.alerts.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        grants.grantAll(events.readAll(records));
    }
}
