package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.events.v1.CaseClosed;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A closed case (the incident closed or retracted, or a coordinator closed it) pages nobody any more: every
 * notification still pending about its items, in every inbox of this node, is cancelled with the reason. Cancelling is
 * idempotent, so a redelivered {@code case.closed} changes nothing.
 */
@Singleton
public class CaseClosures {

    private final IncomingEvents events;
    private final Notifications notifications;

    public CaseClosures(IncomingEvents events, Notifications notifications) {
        this.events = events;
        this.notifications = notifications;
    }

    @Transactional
    public void applyAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            if (EventTypes.CASE_CLOSED.equals(event.type())) {
                events.payloadIfComplete(event, CaseClosed.class, c -> c.incidentId() != null)
                        .ifPresent(c -> notifications.cancelForIncident(c.incidentId(), "case closed"
                                + (c.reason() == null || c.reason().isBlank() ? "" : ": " + c.reason())));
            }
        }
    }
}
