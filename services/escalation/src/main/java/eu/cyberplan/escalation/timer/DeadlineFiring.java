package eu.cyberplan.escalation.timer;

import eu.cyberplan.escalation.plan.Plans;
import eu.cyberplan.escalation.plan.ProtocolPlan;
import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.escalation.protocol.CaseStore;
import eu.cyberplan.escalation.protocol.LevelChanges;
import eu.cyberplan.escalation.protocol.ProtocolCase;
import eu.cyberplan.events.v1.AlertOverdue;
import eu.cyberplan.events.v1.CoordinatorNotified;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fires due deadlines, a claimed batch in one transaction: each timer's step of the {@link DeadlineLadder} with its
 * events, and the timers marked fired, commit together; a crash before the commit leaves them to fire again, and the
 * row locks keep a second instance off them meanwhile. A batch is read, written and published a statement at a time
 * for all its timers, so thousands due in the same minute fire within it.
 */
@Singleton
public class DeadlineFiring {

    public static final String PLAN = "plan";

    private final DeadlineTimers timers;
    private final CaseStore cases;
    private final Plans plans;
    private final LevelChanges levels;
    private final Outbox outbox;
    private final Clock clock;

    public DeadlineFiring(DeadlineTimers timers, CaseStore cases, Plans plans, LevelChanges levels, Outbox outbox, Clock clock) {
        this.timers = timers;
        this.cases = cases;
        this.plans = plans;
        this.levels = levels;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Fires up to {@code limit} due timers; answers how many were due. */
    @Transactional
    public int fireDue(int limit) {
        Instant now = clock.instant();
        List<DeadlineTimers.Timer> due = timers.claimDue(now, limit);
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, ProtocolCase> open = cases.lockAll(due.stream().map(DeadlineTimers.Timer::incidentId).distinct().toList());
        Map<UUID, CaseAlert> alerts = cases.alertsById(due.stream().map(DeadlineTimers.Timer::alertId).toList());
        Steps steps = new Steps();
        for (DeadlineTimers.Timer timer : due) {
            ProtocolCase c = open.get(timer.incidentId());
            CaseAlert alert = alerts.get(timer.alertId());
            if (c != null && alert != null && c.open()) {
                ProtocolPlan plan = plans.version(c.planVersion()).orElseGet(plans::current);
                steps.take(DeadlineLadder.at(timer.kind(), alert.status(), plan.notifyCoordinatorWhenBackupMisses()), c, alert, plan, now);
            }
        }
        cases.markAllOverdue(steps.overdue, now);
        timers.scheduleAll(steps.backupTimers);
        cases.markAllEscalated(steps.escalated, now);
        outbox.addAll(steps.events);
        raiseWhereThePlanSays(steps.overdueCases, open, now);
        timers.markFired(due, now);
        return due.size();
    }

    private void raiseWhereThePlanSays(Set<UUID> overdueCases, Map<UUID, ProtocolCase> open, Instant now) {
        if (overdueCases.isEmpty()) {
            return;
        }
        Map<UUID, Long> overdue = cases.overdueAlertsOf(overdueCases);
        for (UUID incidentId : overdueCases) {
            ProtocolCase c = open.get(incidentId);
            ProtocolPlan plan = plans.version(c.planVersion()).orElseGet(plans::current);
            long count = overdue.getOrDefault(incidentId, 0L);
            DeadlineLadder.raiseTo(c.level(), c.severity(), count, plan.raiseOnOverdue())
                    .ifPresent(to -> levels.change(c, to, null, count + " " + c.severity() + " alert(s) overdue (plan version "
                            + plan.version() + ")", PLAN, now));
        }
    }

    /** What a batch of timers does, gathered so that each kind of write happens once for the batch. */
    private static final class Steps {
        final List<CaseStore.Overdue> overdue = new ArrayList<>();
        final List<DeadlineTimers.Due> backupTimers = new ArrayList<>();
        final List<UUID> escalated = new ArrayList<>();
        final List<OutboxEvent> events = new ArrayList<>();
        final Set<UUID> overdueCases = new LinkedHashSet<>();

        void take(DeadlineLadder.Step step, ProtocolCase c, CaseAlert alert, ProtocolPlan plan, Instant now) {
            switch (step) {
                case OVERDUE_TO_BACKUP -> overdue(c, alert, plan, now);
                case ESCALATE_AND_NOTIFY_COORDINATOR -> {
                    escalated.add(alert.alertId());
                    events.add(notice(c, alert, now));
                }
                case ESCALATE -> escalated.add(alert.alertId());
                case NOTHING -> {
                    // acknowledged meanwhile, or already past this step
                }
            }
        }

        private void overdue(ProtocolCase c, CaseAlert alert, ProtocolPlan plan, Instant now) {
            Instant backupDeadline = plan.backup().deadline(c.severity(), now, c.compression());
            Mode mode = c.mode();
            overdue.add(new CaseStore.Overdue(alert.alertId(), backupDeadline));
            backupTimers.add(new DeadlineTimers.Due(alert.alertId(), c.incidentId(), DeadlineLadder.BACKUP, backupDeadline, mode == Mode.EXERCISE));
            overdueCases.add(c.incidentId());
            events.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.ALERT_OVERDUE, c.incidentId(), "EU",
                            new AlertOverdue(alert.alertId(), c.incidentId(), alert.country(), c.severity().name(), mode.name(), c.exerciseId(),
                                    alert.dispatchedAt(), alert.ackDeadline(), backupDeadline, now))
                    .withSubject(alert.alertId())
                    .marked(mode, c.exerciseId(), c.tlp()));
        }

        private static OutboxEvent notice(ProtocolCase c, CaseAlert alert, Instant now) {
            Mode mode = c.mode();
            return OutboxEvent.of(Topics.PROTOCOL, EventTypes.COORDINATOR_NOTIFIED, c.incidentId(), "EU",
                            new CoordinatorNotified(UUID.randomUUID(), c.incidentId(), alert.alertId(), "OVERDUE_NOTICE", alert.country(),
                                    c.severity().name(), c.tlp().label(), c.level().name(), alert.country() + " acknowledged neither the " + alert.kind().name().toLowerCase(java.util.Locale.ROOT) + " on " + c.reference()
                                    + " by " + alert.ackDeadline() + " nor on its backup channel by " + alert.backupDeadline(), now,
                                    mode.name(), c.exerciseId()))
                    .withSubject(alert.alertId())
                    .marked(mode, c.exerciseId(), c.tlp());
        }
    }
}
