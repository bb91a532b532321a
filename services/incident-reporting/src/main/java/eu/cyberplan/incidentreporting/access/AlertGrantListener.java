package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.events.v1.AlertDispatched;
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

/** Each {@code alert.dispatched} lets its recipient country read the incident under the TLP rules. */
@KafkaListener(groupId = "incident-reporting-alerts", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "1s",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public class AlertGrantListener {

    private final IncomingEvents events;
    private final AlertGrants grants;

    public AlertGrantListener(IncomingEvents events, AlertGrants grants) {
        this.events = events;
        this.grants = grants;
    }

    @Topic("${cyberplan.topics.prefix}.alerts.v1")
    void real(ConsumerRecord<String, byte[]> record) {
        handle(events.read(record));
    }

    @Topic("${cyberplan.topics.prefix}.alerts.v1.exercise")
    void exercise(ConsumerRecord<String, byte[]> record) {
        handle(events.read(record));
    }

    private void handle(IncomingEvent event) {
        if (EventTypes.ALERT_DISPATCHED.equals(event.type())) {
            grants.grant(event, events.payload(event, AlertDispatched.class));
        }
    }
}
