package eu.cyberplan.contactpoints.login;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Optional;

/**
 * {@code POST /api/v1/token/refresh} (anonymous, the OAuth 2.0 refresh grant; the answer is the login's) and
 * {@code POST /api/v1/logout}. Every refresh returns a new refresh token: the one sent is spent.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SessionController {

    /** The refresh grant's form or JSON body. */
    @Serdeable
    public record RefreshGrant(@Nullable @JsonProperty("grant_type") String grantType, @Nullable @JsonProperty("refresh_token") String refreshToken) {
    }

    private final RefreshTokenValidator validator;
    private final Sessions sessions;
    private final UserAccounts accounts;
    private final TokenIssuer issuer;
    private final LoginAudit audit;

    public SessionController(RefreshTokenValidator validator, Sessions sessions, UserAccounts accounts, TokenIssuer issuer, LoginAudit audit) {
        this.validator = validator;
        this.sessions = sessions;
        this.accounts = accounts;
        this.issuer = issuer;
        this.audit = audit;
    }

    @Post("/token/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public AccessRefreshToken refresh(@Nullable @Body RefreshGrant grant) {
        if (grant == null || !"refresh_token".equals(grant.grantType())) {
            throw new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.UNSUPPORTED_GRANT_TYPE, "grant_type must be refresh_token", null);
        }
        String key = Optional.ofNullable(grant.refreshToken()).flatMap(validator::validate).orElseThrow(SessionController::invalid);
        Sessions.Exchange exchange = sessions.exchange(key);
        Optional<UserAccount> account = exchange.username().flatMap(accounts::find);
        if (exchange.replayed()) {
            account.ifPresent(audit::replayed);
            throw invalid();
        }
        UserAccount holder = account.filter(UserAccount::enabled).orElseThrow(SessionController::invalid);
        audit.refreshed(holder);
        return issuer.issue(Logins.authentication(holder), exchange.nextToken().orElseThrow());
    }

    /** Ends the session of the refresh token given, or every session of the caller when none is given. */
    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Void> logout(Authentication authentication, @Nullable @Body RefreshGrant grant) {
        String key = grant == null || grant.refreshToken() == null ? null : validator.validate(grant.refreshToken()).orElse(null);
        if (key == null) {
            sessions.revokeAll(authentication.getName());
        } else {
            sessions.end(authentication.getName(), key);
        }
        accounts.find(authentication.getName()).ifPresent(audit::loggedOut);
        return HttpResponse.noContent();
    }

    private static OauthErrorResponseException invalid() {
        return new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT, "refresh token expired, revoked or unknown", null);
    }
}
