package eu.cyberplan.contactpoints.login;

import eu.cyberplan.platform.security.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code POST /api/v1/login}: checks a user's password; the token carries {@code sub}, {@code roles} and {@code country}. */
@Singleton
public class PasswordAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    // Lazily: the data layer's beans reach back to the security beans, and a direct dependency would be a cycle.
    private final BeanProvider<UserAccounts> accounts;

    public PasswordAuthentication(BeanProvider<UserAccounts> accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        return accounts.get().find(credentials.getIdentity())
                .filter(UserAccount::enabled)
                .filter(account -> credentials.getSecret() != null && PasswordHashing.matches(credentials.getSecret(), account.passwordHash()))
                .map(PasswordAuthentication::success)
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    static AuthenticationResponse success(UserAccount account) {
        return AuthenticationResponse.success(account.username(), account.roles(), Map.of(Roles.COUNTRY_CLAIM, account.country()));
    }

    static Authentication authentication(UserAccount account) {
        return Authentication.build(account.username(), account.roles(), Map.of(Roles.COUNTRY_CLAIM, account.country()));
    }
}
