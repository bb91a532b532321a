package eu.cyberplan.contactpoints.login;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.event.LoginSuccessfulEvent;
import jakarta.inject.Singleton;

/**
 * Every login, failed login and token refresh goes into the audit trail (DESIGN §13), each in a transaction of its
 * own: there is no other change to join. A failed login names the username tried (cut to 100 characters: it is
 * whatever the client sent) and, when that account exists, its country, so the country's duty officers see attempts
 * on their accounts.
 */
@Singleton
public class LoginAudit {

    private static final int MAX_USERNAME = 100;

    private final AuditTrail audit;
    // Lazily: the data layer's beans reach back to the security beans, and a direct dependency would be a cycle.
    private final BeanProvider<UserAccounts> accounts;

    public LoginAudit(AuditTrail audit, BeanProvider<UserAccounts> accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void loggedIn(LoginSuccessfulEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            String country = countryOf(authentication);
            audit.recordAlone(AuditRecord.of("login.succeeded", "account", authentication.getName(), country)
                    .by(authentication.getName(), country));
        }
    }

    @EventListener
    void refused(LoginFailedEvent event) {
        Object identity = event.getAuthenticationRequest() == null ? null : event.getAuthenticationRequest().getIdentity();
        String username = identity == null ? "" : identity.toString();
        if (username.length() > MAX_USERNAME) {
            username = username.substring(0, MAX_USERNAME);
        }
        String country = accounts.get().find(username).map(UserAccount::country).orElse(null);
        String reason = event.getSource() instanceof AuthenticationResponse response ? response.getMessage().orElse(null) : null;
        audit.recordAlone(AuditRecord.of("login.failed", "account", username, country).with("reason", reason).by(username, null));
    }

    /** A refresh token was exchanged for a new access token. */
    void refreshed(UserAccount account) {
        audit.recordAlone(AuditRecord.of("token.refreshed", "account", account.username(), account.country())
                .by(account.username(), account.country()));
    }

    private static String countryOf(Authentication authentication) {
        Object country = authentication.getAttributes().get(Roles.COUNTRY_CLAIM);
        return country == null ? null : country.toString();
    }
}
