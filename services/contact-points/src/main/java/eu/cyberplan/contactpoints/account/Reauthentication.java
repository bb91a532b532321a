package eu.cyberplan.contactpoints.account;

import eu.cyberplan.contactpoints.login.PasswordHashing;
import eu.cyberplan.platform.problem.ProblemException;
import jakarta.inject.Singleton;

/**
 * A logged-in person proves again who they are before changing what proves it: the current password, and where an
 * authenticator is in force, a current code or recovery code (spent, like at login). A wrong proof is 422 naming the
 * field, not 401 or 403: the caller's token shows who they are, only a field is wrong.
 */
@Singleton
public class Reauthentication {

    private final AccountStore store;
    private final SecondFactorCheck secondFactor;

    public Reauthentication(AccountStore store, SecondFactorCheck secondFactor) {
        this.store = store;
        this.secondFactor = secondFactor;
    }

    /** The password and the second factor, in the caller's transaction. */
    void prove(String username, String currentPassword, String code) {
        provePassword(username, currentPassword);
        Account account = store.find(username).orElseThrow(() -> ProblemException.notFound("no account " + username));
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid("code", "must be a current code of your authenticator, or a recovery code");
        }
        if (secondFactor.check(username, account.country(), code).verdict() != SecondFactorCheck.Verdict.PASSED) {
            throw ProblemException.invalid("code", "is not a current code of your authenticator, nor an unused recovery code");
        }
    }

    void provePassword(String username, String currentPassword) {
        String hash = store.passwordHash(username).orElse(null);
        if (currentPassword == null || hash == null || !PasswordHashing.matches(currentPassword, hash)) {
            throw ProblemException.invalid("current", "is not your current password");
        }
    }
}
