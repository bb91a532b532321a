package eu.cyberplan.contactpoints.login;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.RefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;

/**
 * The bearer response of DESIGN §9 ({@code access_token}, {@code refresh_token}, {@code token_type},
 * {@code expires_in}): the access token from Micronaut's generator, the refresh token a signed session key of
 * {@link Sessions}.
 */
@Singleton
public class TokenIssuer {

    private final AccessRefreshTokenGenerator tokens;
    private final RefreshTokenGenerator refreshTokens;

    public TokenIssuer(AccessRefreshTokenGenerator tokens, RefreshTokenGenerator refreshTokens) {
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
    }

    public AccessRefreshToken issue(Authentication authentication, String sessionKey) {
        String refresh = refreshTokens.generate(authentication, sessionKey)
                .orElseThrow(() -> new IllegalStateException("the refresh token could not be signed"));
        return tokens.generate(refresh, authentication)
                .orElseThrow(() -> new IllegalStateException("the access token could not be signed"));
    }
}
