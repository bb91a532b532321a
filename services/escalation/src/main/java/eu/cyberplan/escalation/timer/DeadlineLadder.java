package eu.cyberplan.escalation.timer;

import eu.cyberplan.escalation.plan.ProtocolPlan;
import eu.cyberplan.escalation.protocol.CaseAlert;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.Severity;

import java.util.Optional;

/**
 * What a missed deadline does (DESIGN §5.5), as a table: an alert unacknowledged at its acknowledgement deadline
 * becomes OVERDUE and goes to the backup channel with the shorter backup deadline; unacknowledged at that one too, it
 * is ESCALATED and the coordinators are told (when the plan says so). An acknowledged alert, or one already past that
 * step, makes the timer do nothing. Overdue alerts raise the case's level when the plan's rule says so.
 */
public final class DeadlineLadder {

    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    public static final String BACKUP = "BACKUP";

    /** What firing a timer does. */
    public enum Step { NOTHING, OVERDUE_TO_BACKUP, ESCALATE_AND_NOTIFY_COORDINATOR, ESCALATE }

    private DeadlineLadder() {
    }

    public static Step at(String timerKind, CaseAlert.Status alertStatus, boolean notifyCoordinator) {
        boolean waiting = alertStatus == CaseAlert.Status.DISPATCHED || alertStatus == CaseAlert.Status.DELIVERED;
        if (ACKNOWLEDGEMENT.equals(timerKind)) {
            return waiting ? Step.OVERDUE_TO_BACKUP : Step.NOTHING;
        }
        if (BACKUP.equals(timerKind) && alertStatus == CaseAlert.Status.OVERDUE) {
            return notifyCoordinator ? Step.ESCALATE_AND_NOTIFY_COORDINATOR : Step.ESCALATE;
        }
        return Step.NOTHING;
    }

    /**
     * The level a case rises to because {@code overdueAlerts} of its alerts are overdue, if the plan's rule says so:
     * the case's severity at least the rule's, enough alerts overdue, and the case still below the rule's level.
     */
    public static Optional<CrisisLevel> raiseTo(CrisisLevel current, Severity caseSeverity, long overdueAlerts, ProtocolPlan.Raise rule) {
        if (rule == null) {
            return Optional.empty();
        }
        CrisisLevel target = CrisisLevel.valueOf(rule.to());
        boolean severeEnough = caseSeverity.compareTo(Severity.valueOf(rule.severity())) >= 0;
        if (severeEnough && overdueAlerts >= rule.overdueAlerts() && current.compareTo(target) < 0) {
            return Optional.of(target);
        }
        return Optional.empty();
    }
}
