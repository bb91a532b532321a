package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Decisions of the emergency protocol that change an inbox: alerts gone overdue, notices for the coordinators, situation reports. */
@KafkaListener(groupId = "contact-points-protocol", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class ProtocolListener {

    private final IncomingEvents events;
    private final OverdueAlerts overdue;

    public ProtocolListener(IncomingEvents events, OverdueAlerts overdue) {
        this.events = events;
        this.overdue = overdue;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.protocol.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        overdue.markAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.protocol.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        overdue.markAll(events.readAll(records));
    }
}
