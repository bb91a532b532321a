package eu.cyberplan.escalation.receipt;

import eu.cyberplan.escalation.timer.DeadlineTimers;
import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Records the receipts contact-points reports: delivered into an inbox, acknowledged by a person. */
@Singleton
public class Receipts {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final ReceiptStore receipts;
    private final DeadlineTimers timers;

    public Receipts(ProcessedEvents processed, IncomingEvents events, ReceiptStore receipts, DeadlineTimers timers) {
        this.processed = processed;
        this.events = events;
        this.receipts = receipts;
        this.timers = timers;
    }

    /**
     * A polled batch in one transaction; redelivered receipts change nothing, other receipt kinds are not ours. The
     * deliveries of a batch (a flood when an alert goes to every country) are claimed and recorded together.
     */
    @Transactional
    public void recordAll(List<IncomingEvent> batch) {
        List<ReceiptStore.Delivered> delivered = new ArrayList<>();
        for (IncomingEvent event : processed.fresh(batch, EventTypes.ALERT_DELIVERED, EventTypes.ALERT_ACKNOWLEDGED)) {
            if (EventTypes.ALERT_DELIVERED.equals(event.type())) {
                events.payloadIfComplete(event, AlertDelivered.class, d -> d.alertId() != null && d.deliveredAt() != null)
                        .ifPresent(d -> delivered.add(new ReceiptStore.Delivered(d.alertId(), d.deliveredAt())));
            } else {
                // A delivery recorded after its acknowledgement keeps the status ACKNOWLEDGED (ReceiptStore), so order is free.
                events.payloadIfComplete(event, AlertAcknowledged.class, a -> a.alertId() != null && a.acknowledgedAt() != null)
                        .ifPresent(a -> {
                            receipts.markAcknowledged(a.alertId(), a.acknowledgedBy(), a.acknowledgedAt());
                            timers.cancelFor(a.alertId(), a.acknowledgedAt());
                        });
            }
        }
        receipts.markAllDelivered(delivered);
    }
}
