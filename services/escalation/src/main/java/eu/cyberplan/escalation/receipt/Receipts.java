package eu.cyberplan.escalation.receipt;

import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Records the receipts contact-points reports: delivered into an inbox, acknowledged by a person. */
@Singleton
public class Receipts {

    private final ProcessedEvents processed;
    private final CaseStore cases;

    public Receipts(ProcessedEvents processed, CaseStore cases) {
        this.processed = processed;
        this.cases = cases;
    }

    @Transactional
    public void delivered(IncomingEvent event, AlertDelivered delivered) {
        if (processed.claim(event)) {
            cases.markDelivered(delivered.alertId(), delivered.deliveredAt());
        }
    }

    @Transactional
    public void acknowledged(IncomingEvent event, AlertAcknowledged acknowledged) {
        if (processed.claim(event)) {
            cases.markAcknowledged(acknowledged.alertId(), acknowledged.acknowledgedBy(), acknowledged.acknowledgedAt());
        }
    }
}
