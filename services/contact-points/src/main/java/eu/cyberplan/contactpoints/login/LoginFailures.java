package eu.cyberplan.contactpoints.login;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Failed logins in PostgreSQL, so every instance of the service counts the same (login_failure). */
@Singleton
public class LoginFailures {

    private final JdbcOperations jdbc;

    public LoginFailures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(String username, String address, Instant at) {
        jdbc.prepareStatement("INSERT INTO login_failure (username, address, at) VALUES (?, ?, ?)", s -> {
            s.setString(1, username);
            s.setString(2, address);
            s.setTimestamp(3, Timestamp.from(at));
            return s.executeUpdate();
        });
    }

    /** A failure that stays counted when the caller's transaction rolls back on it (a wrong proof through a session). */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordAlone(String username, String address, Instant at) {
        record(username, address, at);
    }

    /** The newest {@code limit} failures of the username since {@code since}, newest first. */
    @Transactional(readOnly = true)
    public List<Instant> ofUsername(String username, Instant since, int limit) {
        return newest("username", username, since, limit);
    }

    @Transactional(readOnly = true)
    public List<Instant> ofAddress(String address, Instant since, int limit) {
        return newest("address", address, since, limit);
    }

    /** A successful login starts the username's count again; the address keeps its count. */
    @Transactional
    public void forget(String username) {
        jdbc.prepareStatement("DELETE FROM login_failure WHERE username = ?", s -> {
            s.setString(1, username);
            return s.executeUpdate();
        });
    }

    /**
     * Deletes up to {@code batch} failures from before {@code before}; returns how many. Oldest ids first: ids grow with
     * time, so the walk along the primary key meets the old rows first and stops at the batch.
     */
    @Transactional
    public int purge(Instant before, int batch) {
        return jdbc.prepareStatement("DELETE FROM login_failure WHERE id IN (SELECT id FROM login_failure WHERE at < ? ORDER BY id LIMIT ?)", s -> {
            s.setTimestamp(1, Timestamp.from(before));
            s.setInt(2, batch);
            return s.executeUpdate();
        });
    }

    private List<Instant> newest(String column, String value, Instant since, int limit) {
        return jdbc.prepareStatement("SELECT at FROM login_failure WHERE " + column + " = ? AND at > ? ORDER BY at DESC LIMIT ?", s -> {
            s.setString(1, value);
            s.setTimestamp(2, Timestamp.from(since));
            s.setInt(3, limit);
            List<Instant> failures = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    failures.add(rs.getTimestamp(1).toInstant());
                }
            }
            return failures;
        });
    }
}
