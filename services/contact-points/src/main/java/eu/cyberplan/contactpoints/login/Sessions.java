package eu.cyberplan.contactpoints.login;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens as sessions (DESIGN §12, OAuth 2.0 Security BCP 4.14): a login starts a family that lives
 * {@code CYBERPLAN_REFRESH_TOKEN_HOURS} (a night shift and a margin) from the login, not from the last refresh; every
 * refresh spends the token and hands out the next one of the family; a spent token shown again means it was copied,
 * and the whole family is revoked.
 */
@Singleton
public class Sessions {

    /** What presenting a refresh token came to: the account it is for, or why not. */
    public record Exchange(Optional<String> username, Optional<String> nextToken, boolean replayed) {
    }

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Duration lifetime;

    public Sessions(JdbcOperations jdbc, Clock clock, @Value("${cyberplan.sessions.refresh-token-hours}") long hours) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = Duration.ofHours(hours);
    }

    /** A new family for the account; returns its first token (the key inside the signed refresh token). */
    @Transactional
    public String start(String username) {
        Instant now = clock.instant();
        return insert(username, UUID.randomUUID(), now.plus(lifetime));
    }

    /** Spends the token and returns the next of its family; a replayed spent token revokes the family. */
    @Transactional
    public Exchange exchange(String token) {
        Instant now = clock.instant();
        return jdbc.prepareStatement("SELECT username, family, expires_at, used_at, revoked FROM refresh_token WHERE token = ? FOR UPDATE", s -> {
            s.setString(1, token);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getBoolean("revoked") || !rs.getTimestamp("expires_at").toInstant().isAfter(now)) {
                    return new Exchange(Optional.empty(), Optional.empty(), false);
                }
                String username = rs.getString("username");
                UUID family = rs.getObject("family", UUID.class);
                if (rs.getTimestamp("used_at") != null) {
                    revokeFamily(family);
                    return new Exchange(Optional.of(username), Optional.empty(), true);
                }
                markUsed(token, now);
                return new Exchange(Optional.of(username), Optional.of(insert(username, family, rs.getTimestamp("expires_at").toInstant())), false);
            }
        });
    }

    /** Ends the session the token belongs to, if it is the account's. */
    @Transactional
    public void end(String username, String token) {
        jdbc.prepareStatement("UPDATE refresh_token SET revoked = true WHERE family = (SELECT family FROM refresh_token WHERE token = ? AND username = ?)", s -> {
            s.setString(1, token);
            s.setString(2, username);
            return s.executeUpdate();
        });
    }

    /** Ends every session of the account: disabled, or a new password. */
    @Transactional
    public void revokeAll(String username) {
        jdbc.prepareStatement("UPDATE refresh_token SET revoked = true WHERE username = ? AND NOT revoked", s -> {
            s.setString(1, username);
            return s.executeUpdate();
        });
    }

    private String insert(String username, UUID family, Instant expiresAt) {
        String token = UUID.randomUUID().toString();
        jdbc.prepareStatement("INSERT INTO refresh_token (token, username, family, created_at, expires_at) VALUES (?, ?, ?, ?, ?)", s -> {
            s.setString(1, token);
            s.setString(2, username);
            s.setObject(3, family);
            s.setTimestamp(4, Timestamp.from(clock.instant()));
            s.setTimestamp(5, Timestamp.from(expiresAt));
            return s.executeUpdate();
        });
        return token;
    }

    private void markUsed(String token, Instant now) {
        jdbc.prepareStatement("UPDATE refresh_token SET used_at = ? WHERE token = ?", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, token);
            return s.executeUpdate();
        });
    }

    private void revokeFamily(UUID family) {
        jdbc.prepareStatement("UPDATE refresh_token SET revoked = true WHERE family = ?", s -> {
            s.setObject(1, family);
            return s.executeUpdate();
        });
    }
}
