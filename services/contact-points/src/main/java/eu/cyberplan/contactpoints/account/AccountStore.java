package eu.cyberplan.contactpoints.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The user_account table as administrators change it, in the caller's transaction or one of its own. */
@Singleton
@Transactional
public class AccountStore {

    private static final String COLUMNS = "username, display_name, email, country, roles, enabled, totp_confirmed, created_at, last_login_at";

    private final JdbcOperations jdbc;

    public AccountStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM user_account WHERE username = ?", s -> {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /** The accounts of the country, or of every country when it is null; service accounts are not people and not listed. */
    public List<Account> list(String country) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM user_account WHERE (?::text IS NULL OR country = ?) "
                + "AND username NOT LIKE 'svc.%' ORDER BY country, username", s -> {
            s.setString(1, country);
            s.setString(2, country);
            List<Account> accounts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    accounts.add(read(rs));
                }
            }
            return accounts;
        });
    }

    /** Adds the account without a password; false when the username is taken. */
    public boolean insert(Account account) {
        return jdbc.prepareStatement("INSERT INTO user_account (username, display_name, email, country, roles, enabled, created_at) "
                + "VALUES (?, ?, ?, ?, ?, true, ?) ON CONFLICT (username) DO NOTHING", s -> {
            s.setString(1, account.username());
            s.setString(2, account.displayName());
            s.setString(3, account.email());
            s.setString(4, account.country());
            s.setArray(5, s.getConnection().createArrayOf("text", account.roles().toArray()));
            s.setTimestamp(6, Timestamp.from(account.createdAt()));
            return s.executeUpdate() == 1;
        });
    }

    public void update(Account account) {
        jdbc.prepareStatement("UPDATE user_account SET display_name = ?, email = ?, roles = ?, enabled = ? WHERE username = ?", s -> {
            s.setString(1, account.displayName());
            s.setString(2, account.email());
            s.setArray(3, s.getConnection().createArrayOf("text", account.roles().toArray()));
            s.setBoolean(4, account.enabled());
            s.setString(5, account.username());
            return s.executeUpdate();
        });
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.prepareStatement("SELECT password_hash FROM user_account WHERE username = ?", s -> {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        });
    }

    public void setPassword(String username, String hash) {
        jdbc.prepareStatement("UPDATE user_account SET password_hash = ? WHERE username = ?", s -> {
            s.setString(1, hash);
            s.setString(2, username);
            return s.executeUpdate();
        });
    }

    public void loggedIn(String username, Instant at) {
        jdbc.prepareStatement("UPDATE user_account SET last_login_at = ? WHERE username = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, username);
            return s.executeUpdate();
        });
    }

    public boolean mfaRequired(String country) {
        return jdbc.prepareStatement("SELECT mfa_required FROM country_security WHERE country = ?", s -> {
            s.setString(1, country);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    public void requireMfa(String country, boolean required) {
        jdbc.prepareStatement("INSERT INTO country_security (country, mfa_required) VALUES (?, ?) "
                + "ON CONFLICT (country) DO UPDATE SET mfa_required = excluded.mfa_required", s -> {
            s.setString(1, country);
            s.setBoolean(2, required);
            return s.executeUpdate();
        });
    }

    private static Account read(ResultSet rs) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new Account(rs.getString("username"), rs.getString("display_name"), rs.getString("email"), rs.getString("country").trim(),
                Arrays.asList((String[]) rs.getArray("roles").getArray()), rs.getBoolean("enabled"), rs.getBoolean("totp_confirmed"),
                rs.getTimestamp("created_at").toInstant(), lastLogin == null ? null : lastLogin.toInstant());
    }
}
