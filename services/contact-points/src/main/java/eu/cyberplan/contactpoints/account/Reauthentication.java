package eu.cyberplan.contactpoints.account;

import eu.cyberplan.contactpoints.login.LoginFailures;
import eu.cyberplan.contactpoints.login.LoginRefusal;
import eu.cyberplan.contactpoints.login.LoginThrottle;
import eu.cyberplan.contactpoints.login.PasswordHashing;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A logged-in person proves again who they are before changing what proves it: the current password, and where an
 * authenticator is in force, a current code or recovery code (spent, like at login). A wrong proof is 422 naming the
 * field, not 401 or 403: the caller's token shows who they are, only a field is wrong. Wrong proofs count as failed
 * logins of the username, and the username's login limit applies here too (429): a stolen session is no way round it.
 */
@Singleton
public class Reauthentication {

    // A proof is tried through a session, whose own account is the only one it can guess for: the username's limit is
    // the one that matters, so the failure is filed under a fixed address rather than the caller's.
    private static final String THROUGH_A_SESSION = "session";

    private final AccountStore store;
    private final SecondFactorCheck secondFactor;
    private final LoginFailures failures;
    private final LoginThrottle throttle;
    private final Clock clock;

    public Reauthentication(AccountStore store, SecondFactorCheck secondFactor, LoginFailures failures, Clock clock,
                            @Value("${cyberplan.login.window}") Duration window,
                            @Value("${cyberplan.login.max-failures-per-username}") int maxPerUsername) {
        this.store = store;
        this.secondFactor = secondFactor;
        this.failures = failures;
        this.clock = clock;
        this.throttle = new LoginThrottle(maxPerUsername, window);
    }

    /** The password and the second factor, in the caller's transaction. */
    void prove(String username, String currentPassword, String code) {
        provePassword(username, currentPassword);
        Account account = store.find(username).orElseThrow(() -> ProblemException.notFound("no account " + username));
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid("code", "must be a current code of your authenticator, or a recovery code");
        }
        if (secondFactor.check(username, account.country(), code).verdict() != SecondFactorCheck.Verdict.PASSED) {
            throw wrong(username, "code", "is not a current code of your authenticator, nor an unused recovery code");
        }
    }

    void provePassword(String username, String currentPassword) {
        Instant now = clock.instant();
        throttle.retryAfter(failures.ofUsername(username, now.minus(throttle.window()), throttle.limit()), now).ifPresent(wait -> {
            throw LoginRefusal.throttled(wait);
        });
        String hash = store.passwordHash(username).orElse(null);
        if (currentPassword == null || hash == null || !PasswordHashing.matches(currentPassword, hash)) {
            throw wrong(username, "current", "is not your current password");
        }
    }

    private ProblemException wrong(String username, String field, String message) {
        failures.recordAlone(username, THROUGH_A_SESSION, clock.instant());
        return ProblemException.invalid(field, message);
    }
}
