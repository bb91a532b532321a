package eu.cyberplan.contactpoints.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inbox table, in the current transaction. */
@Singleton
public class InboxStore {

    private final JdbcOperations jdbc;

    public InboxStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the item unless the alert is in the inbox already; true when inserted. */
    public boolean insert(InboxItem item) {
        return jdbc.prepareStatement("""
                INSERT INTO inbox_item (alert_id, incident_id, country, kind, severity, tlp, mode, exercise_id, title, reporter_country,
                    level, dispatched_at, ack_deadline, delivered_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (alert_id) DO NOTHING""", s -> {
            int i = 1;
            s.setObject(i++, item.alertId());
            s.setObject(i++, item.incidentId());
            s.setString(i++, item.country());
            s.setString(i++, item.kind());
            s.setString(i++, item.severity());
            s.setString(i++, item.tlp());
            s.setString(i++, item.mode());
            s.setObject(i++, item.exerciseId());
            s.setString(i++, item.title());
            s.setString(i++, item.reporterCountry());
            s.setString(i++, item.level());
            s.setTimestamp(i++, Timestamp.from(item.dispatchedAt()));
            s.setTimestamp(i++, Timestamp.from(item.ackDeadline()));
            s.setTimestamp(i++, Timestamp.from(item.deliveredAt()));
            s.setString(i, item.status());
            return s.executeUpdate() == 1;
        });
    }

    /** The item, locked for the acknowledging transaction. */
    public Optional<InboxItem> lock(UUID alertId) {
        return jdbc.prepareStatement("SELECT * FROM inbox_item WHERE alert_id = ? FOR UPDATE", s -> {
            s.setObject(1, alertId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    public void acknowledge(UUID alertId, String by, Instant at, String note) {
        jdbc.prepareStatement("UPDATE inbox_item SET status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?, note = ? WHERE alert_id = ?", s -> {
            s.setString(1, by);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, note);
            s.setObject(4, alertId);
            return s.executeUpdate();
        });
    }

    public List<InboxItem> list(String country, String mode, String status, int page, int size) {
        return jdbc.prepareStatement("SELECT * FROM inbox_item WHERE country = ? AND mode = ? AND (?::text IS NULL OR status = ?)"
                + " ORDER BY dispatched_at DESC, alert_id LIMIT ? OFFSET ?", s -> {
            s.setString(1, country);
            s.setString(2, mode);
            s.setString(3, status);
            s.setString(4, status);
            s.setInt(5, size);
            s.setInt(6, page * size);
            List<InboxItem> items = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs));
                }
            }
            return items;
        });
    }

    public long count(String country, String mode, String status) {
        return jdbc.prepareStatement("SELECT count(*) FROM inbox_item WHERE country = ? AND mode = ? AND (?::text IS NULL OR status = ?)", s -> {
            s.setString(1, country);
            s.setString(2, mode);
            s.setString(3, status);
            s.setString(4, status);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static InboxItem read(ResultSet rs) throws SQLException {
        return new InboxItem(rs.getObject("alert_id", UUID.class), rs.getObject("incident_id", UUID.class), rs.getString("country"),
                rs.getString("kind"), rs.getString("severity"), rs.getString("tlp"), rs.getString("mode"),
                rs.getObject("exercise_id", UUID.class), rs.getString("title"), rs.getString("reporter_country"), rs.getString("level"),
                instant(rs, "dispatched_at"), instant(rs, "ack_deadline"), instant(rs, "delivered_at"), rs.getString("status"),
                rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
