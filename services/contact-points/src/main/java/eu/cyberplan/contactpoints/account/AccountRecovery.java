package eu.cyberplan.contactpoints.account;

import eu.cyberplan.contactpoints.login.Sessions;
import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * What an administrator does for a person who lost their phone or their password (DESIGN §12): forget the second
 * factor, or send a new setup link. Both end the account's sessions, since whoever holds the lost phone or password
 * may hold a session too. The administrators who may give the account its roles (AccountRules) may do this; nobody
 * may do it to their own account, or a stolen administrator session could replace its own authenticator or password
 * without the proof that {@code /me/totp} and {@code /me/password} ask for.
 */
@Singleton
public class AccountRecovery {

    private final Accounts accounts;
    private final SecondFactors factors;
    private final Tickets tickets;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountRecovery(Accounts accounts, SecondFactors factors, Tickets tickets, Sessions sessions, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.factors = factors;
        this.tickets = tickets;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account's authenticator and recovery codes are removed and its sessions end; it enrols again. */
    @Transactional
    public Account resetSecondFactor(Caller caller, String username) {
        Account account = managed(caller, username);
        factors.remove(username);
        sessions.revokeAll(username);
        audit.record(AuditRecord.of("account.totp.reset", "account", username, account.country())
                .with("hadMfa", account.mfa()).by(caller.username(), caller.country()));
        return new Account(username, account.displayName(), account.email(), account.country(), account.roles(), account.enabled(),
                false, account.createdAt(), account.lastLoginAt());
    }

    /** A new single-use setup link (24 h); the account's earlier unused links stop working. */
    @Transactional
    public Accounts.Created newSetupLink(Caller caller, String username) {
        Account account = managed(caller, username);
        tickets.voidUnused(username, Tickets.SETUP);
        String token = tickets.issue(username, Tickets.SETUP, clock.instant().plus(Accounts.SETUP_VALIDITY));
        audit.record(AuditRecord.of("account.setup.reissued", "account", username, account.country())
                .by(caller.username(), caller.country()));
        return new Accounts.Created(account, token);
    }

    private Account managed(Caller caller, String username) {
        Account account = accounts.get(caller, username);
        if (caller.username().equals(username)) {
            throw ProblemException.forbidden("another administrator must do this for your own account");
        }
        AccountRules.refusal(caller, account.country(), account.roles()).ifPresent(reason -> {
            throw ProblemException.forbidden(reason);
        });
        return account;
    }
}
