package eu.cyberplan.escalation.nationalplan;

import eu.cyberplan.platform.inbox.EventConsumer;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** The directory topic (compacted, full state per key), for the national plans in force; other directory events are not ours. */
@EventConsumer(EventConsumer.GROUP_PREFIX + "escalation-directory")
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
