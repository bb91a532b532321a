package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.poll.OutageLog;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls for due NIS2 reminders and sends them a batch after another until none is due. It holds no state: the
 * reminders are rows, so a restart or a second instance loses or doubles nothing.
 */
@Singleton
@Requires(property = "incident-reporting.reminders.enabled", notEquals = "false")
public class ReminderPoller {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderPoller.class);
    private static final int BATCH = 200;

    private final ReminderFiring firing;
    private final OutageLog outage = new OutageLog(LOG, "Cannot send due NIS2 reminders", "Sending NIS2 reminders again");

    public ReminderPoller(ReminderFiring firing) {
        this.firing = firing;
    }

    @Scheduled(fixedDelay = "${incident-reporting.reminders.poll-interval}", initialDelay = "2s")
    void poll() {
        try {
            int sent;
            do {
                sent = firing.fireDue(BATCH);
            } while (sent == BATCH && !Thread.currentThread().isInterrupted());
            outage.worked();
        } catch (RuntimeException e) {
            outage.failed(e);
        }
    }
}
