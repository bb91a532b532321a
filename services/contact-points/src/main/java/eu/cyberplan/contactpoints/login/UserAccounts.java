package eu.cyberplan.contactpoints.login;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Optional;

/** The user accounts of this node, as login and the seeding of demo and service accounts need them. */
@Singleton
public class UserAccounts {

    private final JdbcOperations jdbc;

    public UserAccounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return jdbc.prepareStatement("SELECT * FROM user_account WHERE username = ?", s -> {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new UserAccount(rs.getString("username"), rs.getString("password_hash"),
                        Arrays.asList((String[]) rs.getArray("roles").getArray()), rs.getString("country"),
                        rs.getString("display_name"), rs.getBoolean("enabled")));
            }
        });
    }

    /** Adds the account unless one has the name already. */
    @Transactional
    public void addIfAbsent(UserAccount account) {
        insert(account, "DO NOTHING");
    }

    /** Adds the account, or gives the one of that name this password, these roles and this country, enabled. */
    @Transactional
    public void save(UserAccount account) {
        insert(account, """
                DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles, country = EXCLUDED.country,
                    display_name = EXCLUDED.display_name, enabled = EXCLUDED.enabled""");
    }

    private void insert(UserAccount account, String onConflict) {
        jdbc.prepareStatement("INSERT INTO user_account (username, password_hash, roles, country, display_name, enabled) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) " + onConflict, s -> {
            s.setString(1, account.username());
            s.setString(2, account.passwordHash());
            s.setArray(3, s.getConnection().createArrayOf("text", account.roles().toArray()));
            s.setString(4, account.country());
            s.setString(5, account.displayName());
            s.setBoolean(6, account.enabled());
            return s.executeUpdate();
        });
    }
}
