package eu.cyberplan.contactpoints.login;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Keeps refresh tokens so a night shift is never logged out mid-incident; a disabled account cannot refresh. */
@Singleton
public class RefreshTokens implements RefreshTokenPersistence {

    private final UserAccounts accounts;

    public RefreshTokens(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        accounts.saveRefreshToken(event.getRefreshToken(), event.getAuthentication().getName());
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Mono.fromCallable(() -> accounts.usernameOfRefreshToken(refreshToken)
                        .flatMap(accounts::find)
                        .filter(UserAccount::enabled)
                        .map(PasswordAuthentication::authentication)
                        .orElseThrow(() -> new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                                "refresh token revoked or unknown", null)))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
