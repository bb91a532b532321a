package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.incidentreporting.incident.IncidentStore;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Records read grants from alerts, once per event. */
@Singleton
public class AlertGrants {

    private final ProcessedEvents processed;
    private final IncidentStore incidents;

    public AlertGrants(ProcessedEvents processed, IncidentStore incidents) {
        this.processed = processed;
        this.incidents = incidents;
    }

    @Transactional
    public void grant(IncomingEvent event, AlertDispatched alert) {
        if (processed.claim(event)) {
            incidents.grant(alert.incidentId(), alert.country(), alert.dispatchedAt());
        }
    }
}
