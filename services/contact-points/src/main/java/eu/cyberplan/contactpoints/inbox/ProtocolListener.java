package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import java.util.List;

/**
 * Decisions of the emergency protocol that change an inbox: alerts gone overdue, notices for the coordinators, situation
 * reports, assistance requests, level changes ({@link ProtocolDecisions}), and closed cases (whose paging stops).
 */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-protocol")
public class ProtocolListener {

    private final IncomingEvents events;
    private final ProtocolDecisions decisions;
    private final CaseClosures closures;

    public ProtocolListener(IncomingEvents events, ProtocolDecisions decisions, CaseClosures closures) {
        this.events = events;
        this.decisions = decisions;
        this.closures = closures;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.protocol.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        handle(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.protocol.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        handle(events.readAll(records));
    }

    private void handle(List<IncomingEvent> batch) {
        decisions.applyAll(batch);
        closures.applyAll(batch);
    }
}
