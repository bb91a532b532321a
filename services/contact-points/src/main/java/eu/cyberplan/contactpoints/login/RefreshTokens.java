package eu.cyberplan.contactpoints.login;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Keeps refresh tokens so a night shift is never logged out mid-incident; a disabled account cannot refresh. */
@Singleton
public class RefreshTokens implements RefreshTokenPersistence {

    // Lazily: the data layer's beans reach back to the security beans, and a direct dependency would be a cycle.
    private final BeanProvider<UserAccounts> accounts;
    private final BeanProvider<LoginAudit> audit;

    public RefreshTokens(BeanProvider<UserAccounts> accounts, BeanProvider<LoginAudit> audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        accounts.get().saveRefreshToken(event.getRefreshToken(), event.getAuthentication().getName());
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Mono.fromCallable(() -> accounts.get().usernameOfRefreshToken(refreshToken)
                        .flatMap(accounts.get()::find)
                        .filter(UserAccount::enabled)
                        .map(account -> {
                            audit.get().refreshed(account);
                            return PasswordAuthentication.authentication(account);
                        })
                        .orElseThrow(() -> new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                                "refresh token revoked or unknown", null)))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
