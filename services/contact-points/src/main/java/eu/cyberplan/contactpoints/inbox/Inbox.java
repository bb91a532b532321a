package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.contactpoints.comcheck.ComcheckAnswers;
import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertCorrected;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.AlertRecalled;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import eu.cyberplan.platform.sharing.TlpSharing;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A country's alert inbox: each dispatched alert lands once and is reported delivered; a person of that
 * country acknowledges it once, and the first acknowledgement stands.
 */
@Singleton
public class Inbox {

    private final InboxStore items;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final IncomingEvents events;
    private final Clock clock;
    private final Notifications notifications;
    private final ComcheckAnswers comcheckAnswers;

    public Inbox(InboxStore items, ProcessedEvents processed, IncomingEvents events, Outbox outbox, Clock clock, Notifications notifications,
                 ComcheckAnswers comcheckAnswers) {
        this.items = items;
        this.events = events;
        this.processed = processed;
        this.outbox = outbox;
        this.clock = clock;
        this.notifications = notifications;
        this.comcheckAnswers = comcheckAnswers;
    }

    /**
     * Delivers a polled batch of alert events in one transaction; events seen before change nothing. Dispatched alerts
     * are claimed, stored, receipted and queued for notification a batch at a time; a correction or recall lands as an
     * item of its own and marks the alert it changes.
     */
    @Transactional
    public void deliverAll(List<IncomingEvent> batch) {
        deliver(processed.fresh(batch, EventTypes.ALERT_DISPATCHED).stream()
                .flatMap(event -> events.payloadIfComplete(event, AlertDispatched.class, AlertFields::complete).stream())
                .map(this::dispatched).toList());
        for (IncomingEvent event : processed.fresh(batch, EventTypes.ALERT_CORRECTED, EventTypes.ALERT_RECALLED)) {
            if (EventTypes.ALERT_CORRECTED.equals(event.type())) {
                events.payloadIfComplete(event, AlertCorrected.class, AlertFields::complete).ifPresent(correction -> {
                    if (!deliver(List.of(corrected(correction))).isEmpty()) {
                        items.markCorrected(correction.correctsAlertId(), correction.dispatchedAt());
                    }
                });
            } else {
                events.payloadIfComplete(event, AlertRecalled.class, AlertFields::complete).ifPresent(recall -> {
                    if (!deliver(List.of(recalled(recall))).isEmpty()) {
                        items.markRecalled(recall.recallsAlertId(), recall.dispatchedAt(), recall.reason());
                        notifications.cancelForAlerts(List.of(recall.recallsAlertId()), "alert recalled"
                                + (recall.reason() == null ? "" : ": " + recall.reason()));
                        if (recall.accessWithdrawn()) {
                            // The marking no longer shares the incident with this country: what its inbox holds of it goes.
                            items.redactIncident(recall.incidentId(), recall.country());
                            notifications.withdrawForIncident(recall.incidentId(), recall.country(),
                                    "the incident's TLP marking no longer shares it with this country");
                        }
                    }
                });
            }
        }
    }

    /** Stores the items not in the inbox yet, reports each delivered and queues its notifications; returns those stored. */
    private Set<UUID> deliver(List<InboxItem> candidates) {
        Set<UUID> inserted = items.insertAll(candidates);
        Map<UUID, InboxItem> landed = new LinkedHashMap<>();
        candidates.stream().filter(item -> inserted.contains(item.alertId())).forEach(item -> landed.putIfAbsent(item.alertId(), item));
        outbox.addAll(landed.values().stream().map(item -> receipt(item, EventTypes.ALERT_DELIVERED, new AlertDelivered(item.alertId(),
                item.incidentId(), item.country(), item.dispatchedAt(), item.ackDeadline(), item.deliveredAt()))).toList());
        notifications.enqueueAll(List.copyOf(landed.values()), Route.PRIMARY);
        for (UUID overdue : items.applyEarlyOverdue(inserted)) {
            notifications.enqueue(items.lock(overdue).orElseThrow(), Route.BACKUP);
        }
        return inserted;
    }

    private InboxItem dispatched(AlertDispatched alert) {
        return InboxItem.delivered(alert.alertId(), alert.incidentId(), alert.country(), alert.kind(), Severity.valueOf(alert.severity()), alert.tlp(),
                Mode.valueOf(alert.mode()), alert.exerciseId(), shareable(alert.tlp(), alert.title()), alert.reporterCountry(), alert.level(),
                alert.dispatchedAt(), alert.ackDeadline(), clock.instant(), null, null);
    }

    private InboxItem corrected(AlertCorrected alert) {
        return InboxItem.delivered(alert.alertId(), alert.incidentId(), alert.country(), "CORRECTION", Severity.valueOf(alert.severity()), alert.tlp(),
                Mode.valueOf(alert.mode()), alert.exerciseId(), shareable(alert.tlp(), alert.title()), alert.reporterCountry(), null, alert.dispatchedAt(),
                alert.ackDeadline(), clock.instant(), alert.correctsAlertId(), shareable(alert.tlp(), alert.change()));
    }

    private InboxItem recalled(AlertRecalled alert) {
        return InboxItem.delivered(alert.alertId(), alert.incidentId(), alert.country(), "RECALL", Severity.valueOf(alert.severity()), alert.tlp(),
                Mode.valueOf(alert.mode()), alert.exerciseId(), null, alert.reporterCountry(), null, alert.dispatchedAt(),
                alert.ackDeadline(), clock.instant(), alert.recallsAlertId(), alert.reason());
    }

    /** Text the marking keeps off the shared cluster is read through the API, never kept from it, even if a sender put it there. */
    private static String shareable(String tlp, String text) {
        return TlpSharing.onSharedCluster(TlpSharing.marking(tlp), text);
    }

    @Transactional
    public InboxItem acknowledge(Caller caller, UUID alertId, String note) {
        InboxItem item = items.lock(alertId).orElseThrow(() -> ProblemException.notFound("no alert " + alertId + " in your inbox"));
        boolean simulated = caller.hasRole(Roles.EXERCISE_CONTROL);
        if (simulated && !item.ofExercise()) {
            throw ProblemException.forbidden("exercise control acknowledges exercise alerts only, and " + alertId + " is real");
        }
        if (!simulated && !caller.belongsTo(item.country())) {
            throw ProblemException.forbidden("alert " + alertId + " is for " + item.country() + ", not for " + caller.country());
        }
        if (item.acknowledgedAt() != null) {
            return item;
        }
        Instant now = clock.instant();
        items.acknowledge(alertId, caller.username(), now, note);
        // Someone answered: nothing more pages anyone about this alert, whichever route was retrying (issue 17).
        notifications.cancelForAlerts(List.of(alertId), "alert acknowledged by " + caller.username());
        if (ComcheckAnswers.KIND.equals(item.kind())) {
            // A comcheck has no incident: acknowledging its item answers it (comcheck.answered, not alert.acknowledged).
            comcheckAnswers.answer(alertId, caller.username(), now);
            return items.lock(alertId).orElseThrow();
        }
        if (item.incidentId() == null || DeadlineReminderItems.KIND.equals(item.kind()) || LevelChangeItems.KIND.equals(item.kind())) {
            // A message of an exercise, a reminder of the country's own reporting clock or a level change: read, and
            // nobody else waits for a receipt of it.
            return items.lock(alertId).orElseThrow();
        }
        outbox.add(receipt(item, EventTypes.ALERT_ACKNOWLEDGED, new AlertAcknowledged(item.alertId(), item.incidentId(), item.country(),
                item.dispatchedAt(), item.ackDeadline(), caller.username(), now, note)));
        return items.lock(alertId).orElseThrow();
    }

    private static OutboxEvent receipt(InboxItem item, String type, Object payload) {
        return OutboxEvent.of(Topics.RECEIPTS, type, item.incidentId(), item.country(), payload)
                .withSubject(item.alertId())
                .marked(item.mode(), item.exerciseId(), TlpSharing.marking(item.tlp()));
    }
}
