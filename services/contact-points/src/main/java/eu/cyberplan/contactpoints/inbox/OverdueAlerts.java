package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.events.v1.AlertOverdue;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * A missed deadline, as the protocol decided it: the inbox item turns OVERDUE with the shorter backup deadline and
 * goes out on the backup route (the backup on duty and the backup channels). A missed deadline never makes a second
 * item; an alert acknowledged meanwhile stays acknowledged and nobody is woken.
 */
@Singleton
public class OverdueAlerts {

    private final InboxStore items;
    private final Notifications notifications;
    private final Clock clock;
    private final ExerciseReach exerciseReach;

    public OverdueAlerts(InboxStore items, Notifications notifications, Clock clock, ExerciseReach exerciseReach) {
        this.items = items;
        this.notifications = notifications;
        this.clock = clock;
        this.exerciseReach = exerciseReach;
    }

    /** In the listener's transaction. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void mark(AlertOverdue overdue) {
        Instant now = clock.instant();
        if (items.markOverdue(overdue.alertId(), overdue.missedDeadline(), overdue.ackDeadline(), now)) {
            InboxItem item = items.lock(overdue.alertId()).orElseThrow();
            if (exerciseReach.pages(item)) {
                notifications.enqueue(item, Route.BACKUP);
            }
        } else {
            // Not delivered yet (its consumer lags): applied when the alert lands. An acknowledged alert is left alone.
            items.keepEarlyOverdue(overdue.alertId(), overdue.missedDeadline(), overdue.ackDeadline(), now);
        }
    }
}
