package eu.cyberplan.escalation.timer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
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
    private volatile boolean failing;

    public DeadlinePoller(DeadlineFiring firing, @Value("${escalation.timers.batch-size:500}") int batchSize) {
        this.firing = firing;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${escalation.timers.poll-interval:250ms}", initialDelay = "1s")
    void poll() {
        try {
            int fired;
            do {
                fired = firing.fireDue(batchSize);
            } while (fired == batchSize && !Thread.currentThread().isInterrupted());
            if (failing) {
                LOG.info("Firing deadlines again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // Once per outage: the timers stay due and fire on the first poll that works.
            if (!failing) {
                LOG.warn("Cannot fire due deadlines; trying again on every poll: {}", e.toString());
                failing = true;
            }
        }
    }
}
