package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Alerts of the emergency protocol, into the recipient country's inbox. Each polled batch is one transaction and one
 * offset commit; exercise alerts have their own consumer, so a drill never queues ahead of a real alert.
 */
@KafkaListener(groupId = "contact-points-alerts", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        // Larger polls make fewer, larger transactions when a flood of alerts arrives (an escalation to every country).
        properties = @Property(name = ConsumerConfig.MAX_POLL_RECORDS_CONFIG, value = "${cyberplan.inbox.max-poll-records:2000}"),
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
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
