package eu.cyberplan.contactpoints.account;

import eu.cyberplan.contactpoints.directory.People;
import eu.cyberplan.contactpoints.login.Sessions;
import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Administrators' work on accounts (DESIGN §12): create with a setup link, change, disable. An account of a country is
 * also that country's person in the directory: name and e-mail address are written to both.
 */
@Singleton
public class Accounts {

    /** A new account and the single-use token of its setup link, shown only now. */
    @Serdeable
    public record Created(Account account, String setupToken) {
    }

    static final Duration SETUP_VALIDITY = Duration.ofHours(24);

    private final AccountStore store;
    private final Tickets tickets;
    private final People people;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    public Accounts(AccountStore store, Tickets tickets, People people, Sessions sessions, AuditTrail audit, Clock clock) {
        this.store = store;
        this.tickets = tickets;
        this.people = people;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Account> visibleTo(Caller caller) {
        boolean everyone = caller.hasRole(AccountRoles.ADMIN) && caller.isEuLevel();
        return store.list(everyone ? null : caller.country());
    }

    @Transactional(readOnly = true)
    public Account get(Caller caller, String username) {
        return store.find(username).filter(account -> AccountRules.maySee(caller, account.country()))
                .orElseThrow(() -> ProblemException.notFound("no account " + username + " that you manage"));
    }

    @Transactional
    public Created create(Caller caller, AccountRequest request) {
        AccountRules.refusal(caller, request.country(), request.roles()).ifPresent(reason -> {
            throw ProblemException.forbidden(reason);
        });
        Instant now = clock.instant();
        Account account = new Account(request.username(), request.displayName().trim(), request.email(), request.country(),
                List.copyOf(request.roles()), true, false, now, null);
        if (!store.insert(account)) {
            throw ProblemException.conflict("the username " + request.username() + " is taken");
        }
        String token = tickets.issue(account.username(), Tickets.SETUP, now.plus(SETUP_VALIDITY));
        nameInDirectory(account);
        audit.record(AuditRecord.of("account.created", "account", account.username(), account.country())
                .with("roles", account.roles()).by(caller.username(), caller.country()));
        return new Created(account, token);
    }

    @Transactional
    public Account change(Caller caller, String username, AccountPatch patch) {
        Account before = get(caller, username);
        Account after = new Account(username, patch.displayName() == null ? before.displayName() : patch.displayName().trim(),
                patch.email() == null ? before.email() : patch.email(), before.country(),
                patch.roles() == null ? before.roles() : List.copyOf(patch.roles()),
                patch.enabled() == null ? before.enabled() : patch.enabled(), before.mfa(), before.createdAt(), before.lastLoginAt());
        // Both the roles it had and the roles it gets must be the caller's to give: no taking over a coordinator.
        AccountRules.refusal(caller, before.country(), before.roles())
                .or(() -> AccountRules.refusal(caller, before.country(), after.roles()))
                .ifPresent(reason -> {
                    throw ProblemException.forbidden(reason);
                });
        store.update(after);
        if (!after.enabled()) {
            sessions.revokeAll(username);
        }
        if (!Objects.equals(before.displayName(), after.displayName()) || !Objects.equals(before.email(), after.email())) {
            nameInDirectory(after);
        }
        String action = before.enabled() && !after.enabled() ? "account.disabled"
                : !before.enabled() && after.enabled() ? "account.enabled" : "account.changed";
        audit.record(AuditRecord.of(action, "account", username, after.country()).with("roles", after.roles())
                .by(caller.username(), caller.country()));
        return after;
    }

    @Transactional(readOnly = true)
    public boolean mfaRequired(Caller caller, String country) {
        administers(caller, country);
        return store.mfaRequired(country);
    }

    @Transactional
    public void requireMfa(Caller caller, String country, boolean required) {
        administers(caller, country);
        store.requireMfa(country, required);
        audit.record(AuditRecord.of("country.security.changed", "country", country, country).with("mfaRequired", required)
                .by(caller.username(), caller.country()));
    }

    private static void administers(Caller caller, String country) {
        if (!(caller.hasRole(AccountRoles.COUNTRY_ADMIN) && caller.belongsTo(country))) {
            throw ProblemException.forbidden("only " + country + "'s administrators see and set its security");
        }
    }

    private void nameInDirectory(Account account) {
        // EU-level people have no entry in the countries' directory.
        if (!"EU".equals(account.country())) {
            people.nameAccountHolder(account.country(), account.username(), account.displayName(), account.email());
        }
    }
}
