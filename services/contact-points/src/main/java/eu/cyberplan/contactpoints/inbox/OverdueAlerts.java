package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.events.v1.AlertOverdue;
import eu.cyberplan.events.v1.AssistanceRequested;
import eu.cyberplan.events.v1.CoordinatorNotified;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.SituationReportPublished;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A missed deadline, as the protocol decided it: the inbox item turns OVERDUE with the shorter backup deadline and
 * goes out on the backup route (the backup on duty and the backup channels). A missed deadline never makes a second
 * item; an alert acknowledged meanwhile stays acknowledged and nobody is woken. The protocol's other decisions about
 * inboxes come the same way and are handed on: coordinator notices, situation reports, assistance requests (DESIGN §14)
 * and level changes.
 */
@Singleton
public class OverdueAlerts {

    private final InboxStore items;
    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final Notifications notifications;
    private final Clock clock;
    private final CoordinatorNotices notices;
    private final SituationReportItems sitreps;
    private final ExerciseReach exerciseReach;
    private final AssistanceItems assistance;
    private final LevelChangeItems levels;

    public OverdueAlerts(InboxStore items, ProcessedEvents processed, IncomingEvents events, Notifications notifications,
                         CoordinatorNotices notices, SituationReportItems sitreps, Clock clock, ExerciseReach exerciseReach,
                         AssistanceItems assistance, LevelChangeItems levels) {
        this.levels = levels;
        this.assistance = assistance;
        this.exerciseReach = exerciseReach;
        this.notices = notices;
        this.sitreps = sitreps;
        this.items = items;
        this.processed = processed;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public void markAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.ALERT_OVERDUE, EventTypes.COORDINATOR_NOTIFIED,
                EventTypes.SITUATION_REPORT_PUBLISHED, EventTypes.ASSISTANCE_REQUESTED, EventTypes.CRISIS_LEVEL_CHANGED)) {
            if (EventTypes.CRISIS_LEVEL_CHANGED.equals(event.type())) {
                events.payloadIfComplete(event, CrisisLevelChanged.class, c -> c.incidentId() != null && c.toLevel() != null && c.changedAt() != null)
                        .ifPresent(levels::deliver);
            } else if (EventTypes.ASSISTANCE_REQUESTED.equals(event.type())) {
                events.payloadIfComplete(event, AssistanceRequested.class, r -> r.requestId() != null && r.incidentId() != null
                        && r.country() != null && r.kind() != null && r.requestedAt() != null && r.mode() != null)
                        .ifPresent(request -> assistance.deliver(request, event.tlp()));
            } else if (EventTypes.ALERT_OVERDUE.equals(event.type())) {
                events.payloadIfComplete(event, AlertOverdue.class, AlertFields::complete).ifPresent(this::markOverdue);
            } else if (EventTypes.COORDINATOR_NOTIFIED.equals(event.type())) {
                events.payloadIfComplete(event, CoordinatorNotified.class, n -> n.noticeId() != null && n.incidentId() != null
                        && n.kind() != null && n.notifiedAt() != null && n.severity() != null && n.tlp() != null && n.mode() != null)
                        .ifPresent(notices::deliver);
            } else {
                events.payloadIfComplete(event, SituationReportPublished.class, r -> r.incidentId() != null && r.publishedAt() != null
                        && r.tlp() != null && r.mode() != null).ifPresent(sitreps::deliver);
            }
        }
    }

    private void markOverdue(AlertOverdue overdue) {
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
