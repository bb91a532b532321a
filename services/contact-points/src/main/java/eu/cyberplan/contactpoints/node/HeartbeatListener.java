package eu.cyberplan.contactpoints.node;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Heartbeats of every node, this one included, into node_heartbeat: {@code GET /countries} shows when each country's
 * node was last seen. A heartbeat older than the one stored (a redelivery) changes nothing.
 */
@EventConsumer(EventConsumer.GROUP_PREFIX + "contact-points-heartbeats")
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
