package eu.cyberplan.contactpoints.node;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Heartbeats of every node, this one included, into node_heartbeat: {@code GET /countries} shows when each country's
 * node was last seen. A heartbeat older than the one stored (a redelivery) changes nothing.
 */
@KafkaListener(groupId = "contact-points-heartbeats", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class HeartbeatListener {

    private final IncomingEvents events;
    private final NodeRegister register;

    public HeartbeatListener(IncomingEvents events, NodeRegister register) {
        this.events = events;
        this.register = register;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.directory.v1")
    void directory(ConsumerRecords<String, byte[]> records) {
        register.seen(events.readAll(records));
    }
}
