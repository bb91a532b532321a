package eu.cyberplan.escalation.protocol;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Incidents reported by the CSIRTs: each may open a protocol case. Exercise traffic has its own consumer. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "escalation-incidents")
public class IncidentEventsListener {

    private final IncomingEvents events;
    private final IncidentEventsOnCases cases;

    public IncidentEventsListener(IncomingEvents events, IncidentEventsOnCases cases) {
        this.events = events;
        this.cases = cases;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.incidents.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        cases.applyAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.incidents.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        cases.applyAll(events.readAll(records));
    }
}
