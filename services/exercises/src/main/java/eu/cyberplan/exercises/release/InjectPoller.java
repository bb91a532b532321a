package eu.cyberplan.exercises.release;

import eu.cyberplan.platform.poll.OutageLog;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Releases due injects a few times a second; holds no state (the injects are rows), so a restart misses none. */
@Singleton
@Requires(property = "cyberplan.exercises.release.enabled", notEquals = "false")
public class InjectPoller {

    private static final Logger LOG = LoggerFactory.getLogger(InjectPoller.class);

    private final InjectRelease release;
    private final int batchSize;
    private final OutageLog outage = new OutageLog(LOG, "Cannot release due injects", "Releasing injects again");

    public InjectPoller(InjectRelease release, ReleaseSettings settings) {
        this.release = release;
        this.batchSize = settings.batchSize();
    }

    @Scheduled(fixedDelay = "${cyberplan.exercises.release.poll-interval}", initialDelay = "1s")
    void poll() {
        try {
            while (release.releaseDue(batchSize) == batchSize && !Thread.currentThread().isInterrupted()) {
                // A full batch: more may be due at once (a compressed exercise releases many injects together).
            }
            outage.worked();
        } catch (RuntimeException e) {
            outage.failed(e);
        }
    }
}
