package eu.cyberplan.platform.outbox;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the relay when a transaction with outbox events commits, so events leave at once, not at the next poll. */
@Singleton
public class OutboxSignal {

    private final Semaphore pending = new Semaphore(0);

    public void nudge() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /** Waits until nudged or until the timeout passes; answers whether it was nudged. */
    boolean await(Duration timeout) throws InterruptedException {
        if (pending.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            pending.drainPermits();
            return true;
        }
        return false;
    }
}
