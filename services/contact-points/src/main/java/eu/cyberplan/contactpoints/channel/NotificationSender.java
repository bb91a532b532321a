package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.platform.poll.OutageLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends due notifications: claims them from the queue, sends each on its channel, and marks it SENT, or PENDING again
 * after a backoff, or FAILED after the last attempt or at once when the destination is refused (logged at ERROR and
 * counted in {@code cyberplan.notifications.failed}). One cancelled since its claim (the alert acknowledged) is not sent.
 * Several instances may run: the claim never hands one notification to two of them.
 */
@Singleton
@Requires(property = "cyberplan.notifications.sender.enabled", notEquals = "false")
public class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    private final Notifications queue;
    private final WebhookDelivery webhooks;
    private final MailDelivery mail;
    private final Clock clock;
    private final Backoff backoff;
    private final int maxAttempts;
    private final int batchSize;
    private final Duration lease;
    private final ExecutorService senders;
    private final Map<ChannelKind, Counter> failed = new EnumMap<>(ChannelKind.class);
    // Once per outage, not once per poll: the database being away is reported by everything else too.
    private final OutageLog claimOutage = new OutageLog(LOG, "Cannot claim due notifications", "Claiming due notifications again");

    public NotificationSender(Notifications queue, WebhookDelivery webhooks, MailDelivery mail, Clock clock, MeterRegistry meters,
                              DeliverySettings settings, BackoffSettings backoff) {
        this.queue = queue;
        this.webhooks = webhooks;
        this.mail = mail;
        this.clock = clock;
        this.backoff = new Backoff(backoff.initial(), backoff.max());
        this.maxAttempts = settings.maxAttempts();
        this.batchSize = settings.batchSize();
        this.lease = settings.claimLease();
        // A few in parallel, so one receiver that hangs until its timeout does not hold up the others.
        this.senders = Executors.newFixedThreadPool(settings.senders(), runnable -> {
            Thread thread = new Thread(runnable, "notification-sender");
            thread.setDaemon(true);
            return thread;
        });
        for (ChannelKind kind : ChannelKind.values()) {
            failed.put(kind, Counter.builder("cyberplan.notifications.failed").tag("channel", kind.name())
                    .description("Notifications given up after their last attempt").register(meters));
        }
    }

    /** Sends what is due, a batch after another until the queue has no full batch left, so a burst drains at once. */
    @Scheduled(fixedDelay = "${cyberplan.notifications.poll-interval}", initialDelay = "${cyberplan.notifications.poll-interval}")
    void sendDue() {
        int sent;
        do {
            sent = sendBatch();
        } while (sent == batchSize && !Thread.currentThread().isInterrupted());
    }

    private int sendBatch() {
        List<Delivery> due;
        try {
            due = queue.claim(batchSize, lease);
            claimOutage.worked();
        } catch (RuntimeException e) {
            claimOutage.failed(e);
            return 0;
        }
        List<Callable<Void>> sends = due.stream().<Callable<Void>>map(delivery -> () -> {
            send(delivery);
            return null;
        }).toList();
        try {
            senders.invokeAll(sends);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return due.size();
    }

    private void send(Delivery delivery) {
        String failure = null;
        boolean permanent = false;
        try {
            // Claimed a moment ago, perhaps before an acknowledgement committed: paging stops the moment someone answers.
            if (!queue.stillPending(delivery.id())) {
                LOG.info("Notification {} for alert {} was cancelled after it was claimed; not sent", delivery.id(), delivery.alertId());
                return;
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot check notification {} before sending; it falls due again when its lease ends: {}", delivery.id(), e.toString());
            return;
        }
        try {
            if (delivery.channel() == ChannelKind.WEBHOOK) {
                webhooks.deliver(delivery);
            } else {
                mail.deliver(delivery);
            }
        } catch (DeliveryFailure e) {
            failure = e.getMessage();
            permanent = e.permanent();
        } catch (RuntimeException e) {
            failure = e.toString();
        }
        try {
            if (failure == null) {
                queue.sent(delivery.id());
            } else {
                failedAttempt(delivery, failure, permanent);
            }
        } catch (RuntimeException e) {
            // Most likely the database: the lease runs out and the notification is tried again (receivers dedupe on its id).
            LOG.warn("Cannot record how notification {} for alert {} went; it falls due again when its lease ends: {}", delivery.id(),
                    delivery.alertId(), e.toString());
        }
    }

    private void failedAttempt(Delivery delivery, String error, boolean permanent) {
        String reason = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (delivery.attempts() < maxAttempts && !permanent) {
            Duration wait = backoff.after(delivery.attempts());
            LOG.warn("Notification {} for alert {} ({} {} {}) failed attempt {}, next in {}: {}", delivery.id(), delivery.alertId(),
                    delivery.country(), delivery.route(), delivery.channel(), delivery.attempts(), wait, reason);
            queue.retryAt(delivery.id(), clock.instant().plus(wait), reason);
            return;
        }
        queue.failed(delivery.id(), reason);
        failed.get(delivery.channel()).increment();
        LOG.error("Notification {} for alert {} ({} {} {}) FAILED after {} attempts; nobody was reached on it: {}", delivery.id(),
                delivery.alertId(), delivery.country(), delivery.route(), delivery.channel(), delivery.attempts(), reason);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
