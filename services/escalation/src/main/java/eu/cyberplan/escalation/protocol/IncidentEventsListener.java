package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentReported;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Incidents reported by the CSIRTs: each may open a protocol case. Exercise traffic has its own consumer. */
@KafkaListener(groupId = "escalation-incidents", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class IncidentEventsListener {

    private final IncomingEvents events;
    private final CaseOpening opening;

    public IncidentEventsListener(IncomingEvents events, CaseOpening opening) {
        this.events = events;
        this.opening = opening;
    }

    @Topic("${cyberplan.topics.prefix}.incidents.v1")
    void real(ConsumerRecord<String, byte[]> record) {
        handle(events.read(record));
    }

    @Topic("${cyberplan.topics.prefix}.incidents.v1.exercise")
    void exercise(ConsumerRecord<String, byte[]> record) {
        handle(events.read(record));
    }

    private void handle(IncomingEvent event) {
        if (EventTypes.INCIDENT_REPORTED.equals(event.type())) {
            opening.onIncidentReported(event, events.payload(event, IncidentReported.class));
        }
    }
}
