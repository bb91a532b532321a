package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.plan.Plans;
import eu.cyberplan.escalation.plan.ProtocolPlan;
import eu.cyberplan.escalation.timer.DeadlineLadder;
import eu.cyberplan.escalation.timer.DeadlineTimers;
import eu.cyberplan.events.v1.AlertCorrected;
import eu.cyberplan.events.v1.AlertRecalled;
import eu.cyberplan.events.v1.CaseClosed;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Corrections and recalls (DESIGN §5.7): every recipient that got the original alert gets one of its own, with its own
 * receipt and acknowledgement deadline, naming the alert it refers to; the deadline is a durable timer like an alert's
 * (unacknowledged, it goes to the backup channel, then to the coordinators), though only alerts count towards raising
 * the case's level; and the closing of a case, which cancels its
 * pending deadlines. Corrections go to the countries still taking part; a TLP change withdraws the others with a recall of
 * their own. In the caller's transaction, the case row locked.
 */
@Singleton
public class CaseNotices {

    private final CaseStore cases;
    private final CaseMarkings markings;
    private final DeadlineTimers timers;
    private final Plans plans;
    private final Outbox outbox;

    public CaseNotices(CaseStore cases, CaseMarkings markings, DeadlineTimers timers, Plans plans, Outbox outbox) {
        this.cases = cases;
        this.markings = markings;
        this.timers = timers;
        this.plans = plans;
        this.outbox = outbox;
    }

    public void correct(ProtocolCase c, String change, Instant now) {
        Instant deadline = deadline(c, now);
        for (CaseAlert original : originals(c)) {
            CaseAlert correction = CaseAlert.dispatched(UUID.randomUUID(), original.country(), CaseAlert.Kind.CORRECTION, now, deadline,
                    original.alertId(), change);
            cases.addAlert(c.incidentId(), correction);
            timers.schedule(correction.alertId(), c.incidentId(), DeadlineLadder.ACKNOWLEDGEMENT, deadline, c.mode() == Mode.EXERCISE);
            add(c, EventTypes.ALERT_CORRECTED, correction.alertId(), new AlertCorrected(correction.alertId(), original.alertId(),
                    c.incidentId(), original.country(), c.severity().name(), c.tlp().label(), c.mode().name(), c.exerciseId(),
                    TlpSharing.onSharedCluster(c.tlp(), c.title()),
                    change, c.reporterCountry(), now, deadline));
        }
    }

    public void recall(ProtocolCase c, String reason, Instant now) {
        recallEach(c, originals(c), reason, false, now);
    }

    /**
     * Recalls these alerts because the incident's marking no longer shares it with their countries: each recall says
     * so ({@code accessWithdrawn}), the alert is withdrawn and its acknowledgement deadline cancelled.
     */
    public void withdraw(ProtocolCase c, List<CaseAlert> alerts, String reason, Instant now) {
        recallEach(c, alerts, reason, true, now);
        for (CaseAlert alert : alerts) {
            markings.withdraw(alert.alertId(), now);
            timers.cancelFor(alert.alertId(), now);
        }
    }

    private void recallEach(ProtocolCase c, List<CaseAlert> originals, String reason, boolean accessWithdrawn, Instant now) {
        Instant deadline = deadline(c, now);
        for (CaseAlert original : originals) {
            CaseAlert recall = CaseAlert.dispatched(UUID.randomUUID(), original.country(), CaseAlert.Kind.RECALL, now, deadline,
                    original.alertId(), reason);
            cases.addAlert(c.incidentId(), recall);
            timers.schedule(recall.alertId(), c.incidentId(), DeadlineLadder.ACKNOWLEDGEMENT, deadline, c.mode() == Mode.EXERCISE);
            add(c, EventTypes.ALERT_RECALLED, recall.alertId(), new AlertRecalled(recall.alertId(), original.alertId(), c.incidentId(),
                    original.country(), c.severity().name(), c.tlp().label(), c.mode().name(), c.exerciseId(), reason, c.reporterCountry(), now, deadline,
                    accessWithdrawn));
        }
    }

    public void close(ProtocolCase c, String reason, String by, Instant now) {
        cases.close(c.incidentId(), now, by, reason);
        timers.cancelAllOf(c.incidentId(), now);
        outbox.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.CASE_CLOSED, c.incidentId(), "EU",
                        new CaseClosed(c.incidentId(), c.reporterCountry(), reason, by, now, c.mode().name(), c.exerciseId()))
                .marked(c.mode(), c.exerciseId(), c.tlp()));
    }

    private List<CaseAlert> originals(ProtocolCase c) {
        return cases.alerts(c.incidentId()).stream().filter(CaseAlert::active).toList();
    }

    private Instant deadline(ProtocolCase c, Instant now) {
        ProtocolPlan plan = plans.version(c.planVersion()).orElseGet(plans::current);
        return plan.sla().deadline(c.severity(), now, c.compression());
    }

    private void add(ProtocolCase c, String type, UUID alertId, Object payload) {
        outbox.add(OutboxEvent.of(Topics.ALERTS, type, c.incidentId(), "EU", payload)
                .withSubject(alertId)
                .marked(c.mode(), c.exerciseId(), c.tlp()));
    }
}
