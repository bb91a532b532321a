package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.contactpoints.inbox.InboxItem;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The durable queue of notifications that reach a country's people outside the application: filled in the same
 * transaction as the inbox item it is about, so an alert in the inbox is never without its notifications (nor the other
 * way round), and emptied by the {@link NotificationSender}.
 */
@Singleton
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final NotificationStore store;
    private final ChannelRepository channels;
    private final Optional<DutyContacts> dutyContacts;
    private final JsonMapper json;
    private final Clock clock;

    public Notifications(NotificationStore store, ChannelRepository channels, Optional<DutyContacts> dutyContacts, JsonMapper json, Clock clock) {
        this.store = store;
        this.channels = channels;
        this.dutyContacts = dutyContacts;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues the item for every enabled channel of its country on this route and for the person on duty for that route;
     * joins the caller's transaction, and refuses to run without one. Returns how many were queued.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int enqueue(InboxItem item, Route route) {
        return enqueueAll(List.of(item), route);
    }

    /**
     * Queues a batch of items as {@link #enqueue} does, asking each country's channels and person on duty once for the
     * whole batch, and writing the notifications in one statement.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int enqueueAll(List<InboxItem> items, Route route) {
        Instant now = clock.instant();
        Map<String, Reach> reachOf = new HashMap<>();
        List<NotificationStore.Queued> queued = new ArrayList<>();
        for (InboxItem item : items) {
            Reach reach = reachOf.computeIfAbsent(item.country(), country -> reach(country, route, now));
            AlertMessage message = new AlertMessage(item, route, reach.languages());
            String text = reach.targets().isEmpty() ? null : message.text();
            for (Target target : reach.targets()) {
                UUID id = UUID.randomUUID();
                String body = target.kind() == ChannelKind.WEBHOOK ? webhookBody(id, item, route, message, reach.onDuty()) : text;
                queued.add(new NotificationStore.Queued(new Delivery(id, item.alertId(), item.country(), route, target.kind(), target.address(),
                        message.subject(), body, 0, null, message.contentLanguage()), item.mode().name()));
            }
            if (reach.targets().isEmpty()) {
                LOG.info("No channel reaches {} on route {} and nobody is known on duty: alert {} waits in the inbox only",
                        item.country(), route, item.alertId());
            }
        }
        return store.insertAll(queued, now);
    }

    /**
     * Queues a message that is no inbox item for every enabled channel of its country on its route and for each of
     * {@code emails}, once per message, route and target (a redelivered trigger queues nothing twice); joins the caller's
     * transaction. Returns how many were queued.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int enqueueMessage(OutgoingMessage message, List<String> emails) {
        List<NotificationStore.Queued> queued = new ArrayList<>();
        for (Target target : targets(message.country(), message.route(), emails)) {
            UUID id = UUID.randomUUID();
            String body = target.kind() == ChannelKind.WEBHOOK
                    ? json(new WebhookPayload(id, message.aboutId(), message.incidentId(), message.country(), message.route(), message.kind(),
                    message.severity(), message.tlp(), message.mode().name(), message.title(), null, null, null), message.aboutId())
                    : message.text();
            queued.add(new NotificationStore.Queued(new Delivery(id, message.aboutId(), message.country(), message.route(), target.kind(),
                    target.address(), message.subject(), body, 0, null, "en"), message.mode().name()));
        }
        return store.insertAll(queued, clock.instant());
    }

    /** Who a country's notifications on a route go to: its enabled channels and the person on duty, each target once. */
    private Reach reach(String country, Route route, Instant now) {
        String onDuty = dutyContacts.flatMap(contacts -> contacts.email(country, route, now)).orElse(null);
        return new Reach(targets(country, route, onDuty == null ? List.of() : List.of(onDuty)), onDuty, AlertTexts.forCountry(store.languagesOf(country)));
    }

    /** The enabled channels of a country on a route, then these e-mail addresses, each target once. */
    private Set<Target> targets(String country, Route route, List<String> emails) {
        Set<Target> targets = new LinkedHashSet<>();
        channels.enabled(country, route).forEach(channel -> targets.add(new Target(channel.kind(), channel.address())));
        emails.forEach(email -> targets.add(new Target(ChannelKind.EMAIL, email)));
        return targets;
    }

    /** Claims up to {@code limit} due notifications for {@code lease}, counting this attempt. */
    @Transactional
    List<Delivery> claim(int limit, Duration lease) {
        Instant now = clock.instant();
        return store.claimDue(now, now.plus(lease), limit).stream()
                .map(d -> d.channel() == ChannelKind.WEBHOOK
                        ? d.withSecret(channels.webhookSecret(d.country(), d.route(), d.target()).orElse(null)) : d)
                .toList();
    }

    @Transactional
    void sent(UUID id) {
        store.update(id, NotificationView.SENT, clock.instant(), null, null);
    }

    @Transactional
    void retryAt(UUID id, Instant next, String error) {
        store.update(id, NotificationView.PENDING, null, next, error);
    }

    @Transactional
    void failed(UUID id, String error) {
        store.update(id, NotificationView.FAILED, null, null, error);
    }

    /** Whether a claimed notification is still wanted: false once cancelled (acknowledged meanwhile) or settled. */
    @Transactional(readOnly = true)
    boolean stillPending(UUID id) {
        return store.pending(id);
    }

    /**
     * Stops all paging about these alerts (issue 17): what is pending or retrying becomes CANCELLED with the reason, in
     * the caller's transaction, so an acknowledgement and the end of its paging commit together.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int cancelForAlerts(List<UUID> alertIds, String reason) {
        return alertIds.isEmpty() ? 0 : logged(store.cancelAlerts(alertIds, reason, clock.instant()), reason);
    }

    /** Stops all paging about the items of an incident's case, in every inbox of this node (the case closed). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int cancelForIncident(UUID incidentId, String reason) {
        return logged(store.cancelIncident(incidentId, reason, clock.instant()), reason);
    }

    /**
     * The incident's marking no longer shares it with the country: what is pending for its items there is cancelled and
     * every notification of them keeps no text (an e-mail already sent cannot be called back).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int withdrawForIncident(UUID incidentId, String country, String reason) {
        return logged(store.withdrawIncident(incidentId, country, reason, clock.instant()), reason);
    }

    /** Stops all paging about the items of an exercise (ENDEX). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int cancelForExercise(UUID exerciseId, String reason) {
        return logged(store.cancelExercise(exerciseId, reason, clock.instant()), reason);
    }

    private static int logged(int cancelled, String reason) {
        if (cancelled > 0) {
            LOG.info("Cancelled {} pending notifications: {}", cancelled, reason);
        }
        return cancelled;
    }

    @Transactional(readOnly = true)
    public List<NotificationView> list(String country, String mode, String status, UUID incidentId, int page, int size) {
        return store.list(country, mode, status, incidentId, page, size);
    }

    @Transactional(readOnly = true)
    public long count(String country, String mode, String status, UUID incidentId) {
        return store.count(country, mode, status, incidentId);
    }

    private String webhookBody(UUID id, InboxItem item, Route route, AlertMessage message, String onDuty) {
        return json(new WebhookPayload(id, item.alertId(), item.incidentId(), item.country(), route, item.kind(), item.severity().name(),
                item.tlp(), item.mode().name(), message.shownTitle(), item.ackDeadline() == null ? null : AlertMessage.deadline(item.ackDeadline()),
                onDuty, message.texts()), item.alertId());
    }

    private String json(WebhookPayload payload, UUID about) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the webhook payload of alert " + about, e);
        }
    }

    private record Target(ChannelKind kind, String address) {
    }

    private record Reach(Set<Target> targets, String onDuty, List<String> languages) {
    }
}
