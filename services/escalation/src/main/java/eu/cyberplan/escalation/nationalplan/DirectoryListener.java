package eu.cyberplan.escalation.nationalplan;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** The directory topic (compacted, full state per key), for the national plans in force; other directory events are not ours. */
@KafkaListener(groupId = "escalation-directory", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class DirectoryListener {

    private final IncomingEvents events;
    private final NationalPlanStatuses statuses;

    public DirectoryListener(IncomingEvents events, NationalPlanStatuses statuses) {
        this.events = events;
        this.statuses = statuses;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.directory.v1")
    void directory(ConsumerRecords<String, byte[]> records) {
        statuses.recordAll(events.readAll(records));
    }
}
