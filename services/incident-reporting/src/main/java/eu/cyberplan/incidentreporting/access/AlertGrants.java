package eu.cyberplan.incidentreporting.access;

import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.AlertRecalled;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import eu.cyberplan.platform.node.NodeIdentity;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Records read grants from alerts, and drops them when escalation recalls an alert because the incident's marking no
 * longer shares it with that country: a polled batch in one transaction, each event once, in the order they came.
 */
@Singleton
public class AlertGrants {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final ReadGrants grants;
    private final NodeIdentity node;

    public AlertGrants(ProcessedEvents processed, IncomingEvents events, ReadGrants grants, NodeIdentity node) {
        this.node = node;
        this.processed = processed;
        this.events = events;
        this.grants = grants;
    }

    @Transactional
    public void grantAll(List<IncomingEvent> batch) {
        List<ReadGrants.Grant> pending = new ArrayList<>();
        for (IncomingEvent event : processed.fresh(batch, EventTypes.ALERT_DISPATCHED, EventTypes.ALERT_RECALLED)) {
            if (EventTypes.ALERT_DISPATCHED.equals(event.type())) {
                // Grants only for the incidents this node holds: those of the countries it serves (DESIGN §11).
                events.payloadIfReadable(event, AlertDispatched.class).filter(alert -> node.serves(alert.reporterCountry()))
                        .ifPresent(alert -> pending.add(new ReadGrants.Grant(alert.incidentId(), alert.country(), alert.dispatchedAt())));
            } else {
                // A withdrawal after a grant of the same batch must see that grant written first.
                grants.grantAll(pending);
                pending.clear();
                events.payloadIfReadable(event, AlertRecalled.class).filter(AlertRecalled::accessWithdrawn)
                        .ifPresent(recall -> grants.withdraw(recall.incidentId(), recall.country()));
            }
        }
        grants.grantAll(pending);
    }
}
