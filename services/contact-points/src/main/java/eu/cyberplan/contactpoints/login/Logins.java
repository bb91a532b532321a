package eu.cyberplan.contactpoints.login;

import eu.cyberplan.contactpoints.account.AccountStore;
import eu.cyberplan.contactpoints.account.SecondFactorCheck;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/v1/login} (DESIGN §12): the brute-force limits first, then the password, then the second factor.
 * An unknown username costs the same PBKDF2 work as a known one (against a hash of nothing anyone knows) and gets the
 * same answer, so the answer time tells nothing about which usernames exist.
 */
@Singleton
public class Logins {

    private final UserAccounts accounts;
    private final AccountStore store;
    private final LoginFailures failures;
    private final SecondFactorCheck secondFactor;
    private final LoginAudit audit;
    private final Clock clock;
    private final LoginThrottle perUsername;
    private final LoginThrottle perAddress;
    private final String dummyHash = PasswordHashing.hash(UUID.randomUUID().toString());

    public Logins(UserAccounts accounts, AccountStore store, LoginFailures failures, SecondFactorCheck secondFactor, LoginAudit audit, Clock clock,
                  @Value("${cyberplan.login.window}") Duration window,
                  @Value("${cyberplan.login.max-failures-per-username}") int maxPerUsername,
                  @Value("${cyberplan.login.max-failures-per-address}") int maxPerAddress) {
        this.accounts = accounts;
        this.store = store;
        this.failures = failures;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.clock = clock;
        this.perUsername = new LoginThrottle(maxPerUsername, window);
        this.perAddress = new LoginThrottle(maxPerAddress, window);
    }

    /** The account the credentials prove, or a {@link LoginRefusal}. */
    public Authentication authenticate(String username, String password, String otp, String address) {
        Instant now = clock.instant();
        String name = username == null ? "" : username;
        Optional<Duration> wait = perAddress.retryAfter(failures.ofAddress(address, now.minus(perAddress.window()), perAddress.limit()), now)
                .or(() -> perUsername.retryAfter(failures.ofUsername(name, now.minus(perUsername.window()), perUsername.limit()), now));
        Optional<UserAccount> account = accounts.find(name);
        if (wait.isPresent()) {
            audit.failed(name, account.map(UserAccount::country).orElse(null), "too many failed logins", address);
            throw LoginRefusal.throttled(wait.get());
        }
        String hash = account.map(UserAccount::passwordHash).orElse(null);
        boolean matches = PasswordHashing.matches(password == null ? "" : password, hash == null ? dummyHash : hash);
        if (account.isEmpty() || hash == null || !matches || !account.get().enabled()) {
            failures.record(name, address, now);
            audit.failed(name, account.map(UserAccount::country).orElse(null), reason(account, hash, matches), address);
            throw LoginRefusal.badCredentials();
        }
        UserAccount found = account.get();
        SecondFactorCheck.Outcome outcome = secondFactor.check(found.username(), found.country(), otp);
        switch (outcome.verdict()) {
            case MISSING -> {
                audit.failed(name, found.country(), "second factor missing", address);
                throw LoginRefusal.mfaRequired(false);
            }
            case WRONG -> {
                failures.record(name, address, now);
                audit.failed(name, found.country(), "second factor wrong or replayed", address);
                throw LoginRefusal.mfaRequired(true);
            }
            case ENROLMENT_REQUIRED -> {
                audit.failed(name, found.country(), "second factor required by the country, not enrolled", address);
                throw LoginRefusal.mfaEnrolmentRequired(outcome.enrolmentToken());
            }
            default -> {
                failures.forget(name);
                store.loggedIn(found.username(), now);
                audit.succeeded(found, address);
                return authentication(found);
            }
        }
    }

    static Authentication authentication(UserAccount account) {
        return Authentication.build(account.username(), account.roles(), Map.of(Roles.COUNTRY_CLAIM, account.country()));
    }

    private static String reason(Optional<UserAccount> account, String hash, boolean matches) {
        if (account.isEmpty()) {
            return "unknown username";
        }
        if (hash == null) {
            return "password not set up yet";
        }
        return !matches ? "wrong password" : "account disabled";
    }
}
