package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A country's alert inbox: each dispatched alert lands once and is reported delivered; a person of that
 * country acknowledges it once, and the first acknowledgement stands.
 */
@Singleton
public class Inbox {

    private final InboxStore items;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final IncomingEvents events;
    private final Clock clock;

    public Inbox(InboxStore items, ProcessedEvents processed, IncomingEvents events, Outbox outbox, Clock clock) {
        this.items = items;
        this.events = events;
        this.processed = processed;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Delivers a polled batch of alert events in one transaction; events seen before change nothing. */
    @Transactional
    public void deliverAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            if (EventTypes.ALERT_DISPATCHED.equals(event.type()) && processed.claim(event)) {
                deliver(events.payload(event, AlertDispatched.class));
            }
        }
    }

    private void deliver(AlertDispatched alert) {
        Instant now = clock.instant();
        InboxItem item = new InboxItem(alert.alertId(), alert.incidentId(), alert.country(), alert.kind(), alert.severity(), alert.tlp(),
                alert.mode(), alert.exerciseId(), alert.title(), alert.reporterCountry(), alert.level(), alert.dispatchedAt(),
                alert.ackDeadline(), now, InboxItem.NEW, null, null, null);
        if (items.insert(item)) {
            outbox.add(receipt(item, EventTypes.ALERT_DELIVERED,
                    new AlertDelivered(item.alertId(), item.incidentId(), item.country(), item.dispatchedAt(), item.ackDeadline(), now)));
        }
    }

    @Transactional
    public InboxItem acknowledge(Caller caller, UUID alertId, String note) {
        InboxItem item = items.lock(alertId).orElseThrow(() -> ProblemException.notFound("no alert " + alertId + " in your inbox"));
        if (!caller.belongsTo(item.country())) {
            throw ProblemException.forbidden("alert " + alertId + " is for " + item.country() + ", not for " + caller.country());
        }
        if (item.acknowledgedAt() != null) {
            return item;
        }
        Instant now = clock.instant();
        items.acknowledge(alertId, caller.username(), now, note);
        outbox.add(receipt(item, EventTypes.ALERT_ACKNOWLEDGED, new AlertAcknowledged(item.alertId(), item.incidentId(), item.country(),
                item.dispatchedAt(), item.ackDeadline(), caller.username(), now, note)));
        return items.lock(alertId).orElseThrow();
    }

    private static OutboxEvent receipt(InboxItem item, String type, Object payload) {
        Mode mode = Mode.valueOf(item.mode());
        return OutboxEvent.of(Topics.RECEIPTS, type, item.incidentId(), item.country(), payload)
                .withSubject(item.alertId())
                .marked(mode, item.exerciseId(), Tlp.fromLabel(item.tlp()).orElse(null));
    }
}
