package eu.cyberplan.escalation.receipt;

import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Records the receipts contact-points reports: delivered into an inbox, acknowledged by a person. */
@Singleton
public class Receipts {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final CaseStore cases;

    public Receipts(ProcessedEvents processed, IncomingEvents events, CaseStore cases) {
        this.processed = processed;
        this.events = events;
        this.cases = cases;
    }

    /** A polled batch in one transaction; redelivered receipts change nothing, other receipt kinds are not ours. */
    @Transactional
    public void recordAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            switch (event.type()) {
                case EventTypes.ALERT_DELIVERED -> {
                    if (processed.claim(event)) {
                        AlertDelivered delivered = events.payload(event, AlertDelivered.class);
                        cases.markDelivered(delivered.alertId(), delivered.deliveredAt());
                    }
                }
                case EventTypes.ALERT_ACKNOWLEDGED -> {
                    if (processed.claim(event)) {
                        AlertAcknowledged acknowledged = events.payload(event, AlertAcknowledged.class);
                        cases.markAcknowledged(acknowledged.alertId(), acknowledged.acknowledgedBy(), acknowledged.acknowledgedAt());
                    }
                }
                default -> {
                    // comcheck answers and checklist progress are not the protocol's concern yet
                }
            }
        }
    }
}
