package eu.cyberplan.contactpoints.login;

import eu.cyberplan.platform.security.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code POST /api/v1/login}: checks a user's password; the token carries {@code sub}, {@code roles} and {@code country}. */
@Singleton
public class PasswordAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final UserAccounts accounts;

    public PasswordAuthentication(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        return accounts.find(credentials.getIdentity())
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
