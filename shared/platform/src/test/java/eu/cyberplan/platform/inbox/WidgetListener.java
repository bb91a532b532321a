package eu.cyberplan.platform.inbox;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** A listener shaped like the services' ones (batch, one transaction per poll, retry on error), for the parking ITs. */
@KafkaListener(groupId = "platform-test-widgets", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class WidgetListener {

    private final IncomingEvents events;
    private final SeenWidgets seen;

    public WidgetListener(IncomingEvents events, SeenWidgets seen) {
        this.events = events;
        this.seen = seen;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.receipts.v1")
    void receipts(ConsumerRecords<String, byte[]> records) {
        seen.applyAll(events.readAll(records));
    }
}
