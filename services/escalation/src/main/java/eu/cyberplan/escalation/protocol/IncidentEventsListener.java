package eu.cyberplan.escalation.protocol;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Incidents reported by the CSIRTs: each may open a protocol case. Exercise traffic has its own consumer. */
@KafkaListener(groupId = "escalation-incidents", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class IncidentEventsListener {

    private final IncomingEvents events;
    private final CaseOpening opening;

    public IncidentEventsListener(IncomingEvents events, CaseOpening opening) {
        this.events = events;
        this.opening = opening;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.incidents.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        opening.onIncidentEvents(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.incidents.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        opening.onIncidentEvents(events.readAll(records));
    }
}
