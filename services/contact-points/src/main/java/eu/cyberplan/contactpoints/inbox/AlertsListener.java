package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.platform.inbox.IncomingEvents;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Alerts of the emergency protocol, into the recipient country's inbox. Each polled batch is one transaction and one
 * offset commit; exercise alerts have their own consumer, so a drill never queues ahead of a real alert.
 */
@KafkaListener(groupId = "contact-points-alerts", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class AlertsListener {

    private final IncomingEvents events;
    private final Inbox inbox;

    public AlertsListener(IncomingEvents events, Inbox inbox) {
        this.events = events;
        this.inbox = inbox;
    }

    @Topic("${cyberplan.topics.prefix}.alerts.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        inbox.deliverAll(events.readAll(records));
    }

    @Topic("${cyberplan.topics.prefix}.alerts.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        inbox.deliverAll(events.readAll(records));
    }
}
