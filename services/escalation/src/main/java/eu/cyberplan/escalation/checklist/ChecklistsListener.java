package eu.cyberplan.escalation.checklist;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Checklist progress from the countries (on the receipts topics), for the cases and their situation reports. */
@KafkaListener(groupId = "escalation-checklists", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
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
