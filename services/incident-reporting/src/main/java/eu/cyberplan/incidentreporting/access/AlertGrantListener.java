package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ParksPoisonRecords;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Each {@code alert.dispatched} lets its recipient country read the incident under the TLP rules. */
@KafkaListener(groupId = "incident-reporting-alerts", offsetReset = OffsetReset.EARLIEST, batch = true,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class AlertGrantListener {

    private final IncomingEvents events;
    private final AlertGrants grants;

    public AlertGrantListener(IncomingEvents events, AlertGrants grants) {
        this.events = events;
        this.grants = grants;
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.alerts.v1")
    void real(ConsumerRecords<String, byte[]> records) {
        grants.grantAll(events.readAll(records));
    }

    @ParksPoisonRecords
    @Topic("${cyberplan.topics.prefix}.alerts.v1.exercise")
    void exercise(ConsumerRecords<String, byte[]> records) {
        grants.grantAll(events.readAll(records));
    }
}
