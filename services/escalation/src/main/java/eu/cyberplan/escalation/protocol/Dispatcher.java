package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.plan.ProtocolPlan;
import eu.cyberplan.escalation.timer.DeadlineLadder;
import eu.cyberplan.escalation.timer.DeadlineTimers;
import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Alerts recipients of a case, in the caller's transaction: per country the alert with its receipt row, its durable
 * acknowledgement deadline (the plan's SLA for the case's severity, divided by an exercise's compression) and one
 * {@code alert.dispatched}.
 */
@Singleton
public class Dispatcher {

    private final CaseStore cases;
    private final DeadlineTimers timers;
    private final Outbox outbox;

    public Dispatcher(CaseStore cases, DeadlineTimers timers, Outbox outbox) {
        this.cases = cases;
        this.timers = timers;
        this.outbox = outbox;
    }

    public void alert(ProtocolCase c, Collection<String> countries, ProtocolPlan plan, Instant now) {
        Tlp tlp = c.tlp();
        Mode mode = c.mode();
        Instant deadline = plan.sla().deadline(c.severity(), now, c.compression());
        for (String country : countries) {
            CaseAlert alert = CaseAlert.dispatched(UUID.randomUUID(), country, CaseAlert.Kind.ALERT, now, deadline, null, null);
            cases.addAlert(c.incidentId(), alert);
            timers.schedule(alert.alertId(), c.incidentId(), DeadlineLadder.ACKNOWLEDGEMENT, deadline, mode == Mode.EXERCISE);
            AlertDispatched dispatched = new AlertDispatched(alert.alertId(), c.incidentId(), country, alert.kind().name(), c.severity().name(), tlp.label(),
                    mode.name(), c.exerciseId(), TlpSharing.onSharedCluster(tlp, c.title()), c.level().name(), c.reporterCountry(), now, deadline);
            outbox.add(OutboxEvent.of(Topics.ALERTS, EventTypes.ALERT_DISPATCHED, c.incidentId(), "EU", dispatched)
                    .withSubject(alert.alertId())
                    .marked(mode, c.exerciseId(), tlp));
        }
    }
}
