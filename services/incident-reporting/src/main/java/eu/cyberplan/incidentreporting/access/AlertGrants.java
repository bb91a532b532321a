package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Records read grants from alerts: a polled batch in one transaction, each event once. */
@Singleton
public class AlertGrants {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final ReadGrants grants;

    public AlertGrants(ProcessedEvents processed, IncomingEvents events, ReadGrants grants) {
        this.processed = processed;
        this.events = events;
        this.grants = grants;
    }

    @Transactional
    public void grantAll(List<IncomingEvent> batch) {
        List<IncomingEvent> dispatched = batch.stream().filter(event -> EventTypes.ALERT_DISPATCHED.equals(event.type())).toList();
        Set<UUID> fresh = processed.claimAll(dispatched);
        grants.grantAll(dispatched.stream().filter(event -> fresh.contains(event.id()))
                .flatMap(event -> events.payloadIfReadable(event, AlertDispatched.class).stream())
                .map(alert -> new ReadGrants.Grant(alert.incidentId(), alert.country(), alert.dispatchedAt())).toList());
    }
}
