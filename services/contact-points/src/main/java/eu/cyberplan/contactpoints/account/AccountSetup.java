package eu.cyberplan.contactpoints.account;

import eu.cyberplan.contactpoints.login.PasswordHashing;
import eu.cyberplan.contactpoints.login.Sessions;
import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** A person sets their own password: first through the setup link, later by proving the current one. */
@Singleton
public class AccountSetup {

    private final Tickets tickets;
    private final Reauthentication reauthentication;
    private final AccountStore store;
    private final CommonPasswords common;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountSetup(Tickets tickets, Reauthentication reauthentication, AccountStore store, CommonPasswords common, Sessions sessions,
                        AuditTrail audit, Clock clock) {
        this.tickets = tickets;
        this.reauthentication = reauthentication;
        this.store = store;
        this.common = common;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the first password of the account whose setup token this is; the token is then spent. */
    @Transactional
    public void setUp(String setupToken, String password) {
        // The policy needs the username, so look before spending: a refused password leaves the link usable.
        String username = tickets.holder(setupToken, Tickets.SETUP, clock.instant())
                .orElseThrow(() -> ProblemException.invalid("setupToken", "is unknown, used or expired: ask your administrator for a new link"));
        checkPolicy(username, password);
        tickets.use(setupToken, Tickets.SETUP, clock.instant())
                .orElseThrow(() -> ProblemException.invalid("setupToken", "is unknown, used or expired: ask your administrator for a new link"));
        store.setPassword(username, PasswordHashing.hash(password));
        // A link an administrator sent again is how a lost or stolen password is replaced: the sessions it had end.
        sessions.revokeAll(username);
        Account account = store.find(username).orElseThrow();
        audit.record(AuditRecord.of("account.setup", "account", username, account.country()).by(username, account.country()));
    }

    /** A new password for the caller, who proves the current one; every other session ends. */
    @Transactional
    public void change(String username, String current, String password) {
        reauthentication.provePassword(username, current);
        checkPolicy(username, password);
        store.setPassword(username, PasswordHashing.hash(password));
        sessions.revokeAll(username);
        Account account = store.find(username).orElseThrow();
        audit.record(AuditRecord.of("account.password.changed", "account", username, account.country()).by(username, account.country()));
    }

    private void checkPolicy(String username, String password) {
        common.policy().refusal(username, password).ifPresent(reason -> {
            throw ProblemException.invalid("password", reason);
        });
    }
}
