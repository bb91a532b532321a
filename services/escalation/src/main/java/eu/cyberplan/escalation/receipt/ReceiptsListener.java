package eu.cyberplan.escalation.receipt;

import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Receipts from the national contact points' inboxes. */
@KafkaListener(groupId = "escalation-receipts", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class ReceiptsListener {

    private final IncomingEvents events;
    private final Receipts receipts;

    public ReceiptsListener(IncomingEvents events, Receipts receipts) {
        this.events = events;
        this.receipts = receipts;
    }

    @Topic("${cyberplan.topics.prefix}.receipts.v1")
    void real(ConsumerRecord<String, byte[]> record) {
        handle(events.read(record));
    }

    @Topic("${cyberplan.topics.prefix}.receipts.v1.exercise")
    void exercise(ConsumerRecord<String, byte[]> record) {
        handle(events.read(record));
    }

    private void handle(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.ALERT_DELIVERED -> receipts.delivered(event, events.payload(event, AlertDelivered.class));
            case EventTypes.ALERT_ACKNOWLEDGED -> receipts.acknowledged(event, events.payload(event, AlertAcknowledged.class));
            default -> {
                // other receipts (comchecks, checklists) are not the protocol's concern yet
            }
        }
    }
}
