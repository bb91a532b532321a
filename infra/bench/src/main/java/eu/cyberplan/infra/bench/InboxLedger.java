package eu.cyberplan.infra.bench;

import eu.cyberplan.events.v1.EventTypes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reads the stack's database as an auditor would after a fault: how many alerts each accepted incident put in each
 * recipient's inbox (rows, not Kafka records), and whether any incident was written without its outbox event.
 * A fresh connection per question: PostgreSQL itself is restarted by one drill.
 */
final class InboxLedger {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    InboxLedger(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Delivered and duplicated alerts of these incidents to these recipient countries. */
    record Count(long delivered, long duplicated) {
    }

    Count count(Collection<UUID> incidents, List<String> recipients) throws SQLException {
        String sql = """
                SELECT count(*) AS pairs, coalesce(sum(n - 1), 0) AS extra FROM (
                  SELECT incident_id, country, count(*) AS n FROM contact_points.inbox_item
                  WHERE kind = 'ALERT' AND incident_id = ANY (?) AND country = ANY (?)
                  GROUP BY incident_id, country) per_recipient""";
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", incidents.toArray()));
            statement.setArray(2, connection.createArrayOf("bpchar", recipients.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Count(rs.getLong("pairs"), rs.getLong("extra"));
            }
        }
    }

    /** True when at least one of these incidents is in the inbox of every recipient: alerts flow again. */
    boolean anyDeliveredToAll(Collection<UUID> incidents, List<String> recipients) throws SQLException {
        String sql = """
                SELECT 1 FROM contact_points.inbox_item
                WHERE kind = 'ALERT' AND incident_id = ANY (?) AND country = ANY (?)
                GROUP BY incident_id HAVING count(DISTINCT country) = ? LIMIT 1""";
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", incidents.toArray()));
            statement.setArray(2, connection.createArrayOf("bpchar", recipients.toArray()));
            statement.setInt(3, recipients.size());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Incidents recorded in the window without their {@code incident.reported} outbox row: a half-written filing. */
    long halfWritten(Instant from, Instant to) throws SQLException {
        String sql = """
                SELECT count(*) FROM incident_reporting.incident i
                WHERE i.reported_at BETWEEN ? AND ? AND NOT EXISTS (
                  SELECT 1 FROM incident_reporting.outbox_event o
                  WHERE o.record_key = i.id::text AND o.event_type = '" + EventTypes.INCIDENT_REPORTED + "')""";
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "connectTimeout=3", user, password);
    }

}
