package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.incidentreporting.incident.IncidentStore;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Records read grants from alerts: a polled batch in one transaction, each event once. */
@Singleton
public class AlertGrants {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final IncidentStore incidents;

    public AlertGrants(ProcessedEvents processed, IncomingEvents events, IncidentStore incidents) {
        this.processed = processed;
        this.events = events;
        this.incidents = incidents;
    }

    @Transactional
    public void grantAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            if (EventTypes.ALERT_DISPATCHED.equals(event.type()) && processed.claim(event)) {
                AlertDispatched alert = events.payload(event, AlertDispatched.class);
                incidents.grant(alert.incidentId(), alert.country(), alert.dispatchedAt());
            }
        }
    }
}
