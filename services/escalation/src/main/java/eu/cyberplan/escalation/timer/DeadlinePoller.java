package eu.cyberplan.escalation.timer;

import eu.cyberplan.platform.poll.OutageLog;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls for due deadlines a few times a second and fires them a batch after another until none is due. It holds no
 * state: the timers are rows, so a restart or a second instance loses or doubles nothing.
 */
@Singleton
@Requires(property = "escalation.timers.enabled", notEquals = "false")
public class DeadlinePoller {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlinePoller.class);

    private final DeadlineFiring firing;
    private final int batchSize;
    private final OutageLog outage = new OutageLog(LOG, "Cannot fire due deadlines", "Firing deadlines again");

    public DeadlinePoller(DeadlineFiring firing, TimerSettings settings) {
        this.firing = firing;
        this.batchSize = settings.batchSize();
    }

    @Scheduled(fixedDelay = "${escalation.timers.poll-interval}", initialDelay = "1s")
    void poll() {
        try {
            int fired;
            do {
                fired = firing.fireDue(batchSize);
            } while (fired == batchSize && !Thread.currentThread().isInterrupted());
            outage.worked();
        } catch (RuntimeException e) {
            outage.failed(e);
        }
    }
}
