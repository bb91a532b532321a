package eu.cyberplan.platform.idempotency;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Idempotency keys, each statement in its own short transaction: the keyed request's own transaction stays its own. */
@Singleton
public class IdempotencyStore {

    /** A claim left pending this long belongs to a request that died; a retry may take it over. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    private final DataSource dataSource;

    public IdempotencyStore(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Claims the key for this request; empty when claimed, else what the first request left. */
    Optional<StoredResponse> claim(String principal, String key, String method, String path, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement s = connection.prepareStatement("""
                    INSERT INTO idempotency_key (principal, key, method, path, created_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (principal, key) DO UPDATE SET method = EXCLUDED.method, path = EXCLUDED.path, created_at = EXCLUDED.created_at
                    WHERE idempotency_key.status IS NULL AND idempotency_key.created_at < ?""")) {
                s.setString(1, principal);
                s.setString(2, key);
                s.setString(3, method);
                s.setString(4, path);
                s.setTimestamp(5, Timestamp.from(now));
                s.setTimestamp(6, Timestamp.from(now.minus(ABANDONED)));
                if (s.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT method, path, status, location, content_type, body FROM idempotency_key WHERE principal = ? AND key = ?")) {
                s.setString(1, principal);
                s.setString(2, key);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    int status = rs.getInt(3);
                    return Optional.of(new StoredResponse(rs.getString(1), rs.getString(2), rs.wasNull() ? null : status,
                            rs.getString(4), rs.getString(5), rs.getBytes(6)));
                }
            }
        }
    }

    void complete(String principal, String key, int status, String location, String contentType, byte[] body) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement s = connection.prepareStatement(
                     "UPDATE idempotency_key SET status = ?, location = ?, content_type = ?, body = ? WHERE principal = ? AND key = ?")) {
            s.setInt(1, status);
            s.setString(2, location);
            s.setString(3, contentType);
            s.setBytes(4, body);
            s.setString(5, principal);
            s.setString(6, key);
            s.executeUpdate();
        }
    }

    /** Forgets a claim whose request failed on the server's side, so the client's retry runs again. */
    void release(String principal, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement s = connection.prepareStatement("DELETE FROM idempotency_key WHERE principal = ? AND key = ? AND status IS NULL")) {
            s.setString(1, principal);
            s.setString(2, key);
            s.executeUpdate();
        }
    }
}
