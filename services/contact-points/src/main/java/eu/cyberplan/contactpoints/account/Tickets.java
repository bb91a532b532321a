package eu.cyberplan.contactpoints.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Single-use links (account_ticket): the setup of a new account and the TOTP enrolment of a login that must enrol.
 * The token is 256 random bits shown once; only its SHA-256 is kept (a fast hash suffices for so much entropy).
 */
@Singleton
@Transactional
public class Tickets {

    public static final String SETUP = "SETUP";
    public static final String MFA_ENROLMENT = "MFA_ENROLMENT";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcOperations jdbc;

    public Tickets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A new ticket for the account; the returned token is the only copy. */
    public String issue(String username, String purpose, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.prepareStatement("INSERT INTO account_ticket (token_hash, username, purpose, expires_at) VALUES (?, ?, ?, ?)", s -> {
            s.setString(1, sha256(token));
            s.setString(2, username);
            s.setString(3, purpose);
            s.setTimestamp(4, Timestamp.from(expiresAt));
            return s.executeUpdate();
        });
        return token;
    }

    /** The account whose unused, unexpired ticket this is. */
    public Optional<String> holder(String token, String purpose, Instant now) {
        return username("SELECT username FROM account_ticket WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?",
                token, purpose, now);
    }

    /** Uses the ticket up, once: a second use (or a concurrent one) finds nothing. */
    public Optional<String> use(String token, String purpose, Instant now) {
        return username("UPDATE account_ticket SET used_at = now() WHERE token_hash = ? AND purpose = ? "
                + "AND used_at IS NULL AND expires_at > ? RETURNING username", token, purpose, now);
    }

    /** Voids the account's unused tickets of the purpose: only the newest link an administrator sent works. */
    public void voidUnused(String username, String purpose) {
        jdbc.prepareStatement("DELETE FROM account_ticket WHERE username = ? AND purpose = ? AND used_at IS NULL", s -> {
            s.setString(1, username);
            s.setString(2, purpose);
            return s.executeUpdate();
        });
    }

    private Optional<String> username(String sql, String token, String purpose, Instant now) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, token == null ? "" : sha256(token));
            s.setString(2, purpose);
            s.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
