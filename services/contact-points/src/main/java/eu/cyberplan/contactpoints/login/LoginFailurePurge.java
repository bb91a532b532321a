package eu.cyberplan.contactpoints.login;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Forgets failed logins once they are older than the brute-force window: they no longer count, and an attack must not
 * leave the table growing for ever. Each statement deletes a bounded batch in a short transaction of its own, so the
 * purge never holds locks that logins wait on; several instances purging at once only share the work.
 */
@Singleton
public class LoginFailurePurge {

    static final int BATCH = 1000;

    private final LoginFailures failures;
    private final Clock clock;
    private final Duration window;

    public LoginFailurePurge(LoginFailures failures, Clock clock, @Value("${cyberplan.login.window}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.window = window;
    }

    /** Returns how many failures were forgotten. */
    @Scheduled(fixedDelay = "${cyberplan.login.purge-interval}", initialDelay = "${cyberplan.login.purge-interval}")
    public int purge() {
        int total = 0;
        int deleted;
        do {
            deleted = failures.purge(clock.instant().minus(window), BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
