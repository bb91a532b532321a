package eu.cyberplan.contactpoints.login;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import jakarta.inject.Singleton;

/**
 * Every login, failed login (with its reason), token refresh and logout goes into the audit trail (DESIGN §13), each
 * in a transaction of its own: a refusal has no other change to join. A failed login names the username tried (cut to
 * 100 characters: it is whatever the client sent) and, when that account exists, its country, so the country's duty
 * officers see attempts on their accounts.
 */
@Singleton
public class LoginAudit {

    private static final int MAX_USERNAME = 100;

    private final AuditTrail audit;

    public LoginAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void succeeded(UserAccount account, String address) {
        audit.recordAlone(AuditRecord.of("login.succeeded", "account", account.username(), account.country())
                .with("address", address).by(account.username(), account.country()));
    }

    /** {@code country}: the account's, null when there is no such account. */
    void failed(String username, String country, String reason, String address) {
        String tried = username == null ? "" : username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username;
        audit.recordAlone(AuditRecord.of("login.failed", "account", tried, country).with("reason", reason).with("address", address)
                .by(tried, null));
    }

    /** A refresh token was exchanged for a new access token (and the next refresh token). */
    void refreshed(UserAccount account) {
        audit.recordAlone(AuditRecord.of("token.refreshed", "account", account.username(), account.country())
                .by(account.username(), account.country()));
    }

    /** A spent refresh token came back: someone holds a copy, and the whole session was revoked. */
    void replayed(UserAccount account) {
        audit.recordAlone(AuditRecord.of("token.replayed", "account", account.username(), account.country())
                .with("reason", "a spent refresh token was presented again; its session is revoked").by(account.username(), account.country()));
    }

    void loggedOut(UserAccount account) {
        audit.recordAlone(AuditRecord.of("logout", "account", account.username(), account.country())
                .by(account.username(), account.country()));
    }
}
