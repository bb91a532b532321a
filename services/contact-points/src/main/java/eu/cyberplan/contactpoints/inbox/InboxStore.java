package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.changes.InboxChanges;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.platform.node.NodeIdentity;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The inbox table, in the current transaction. */
@Singleton
public class InboxStore {

    /** What every write of items returns, for {@link InboxChanges#write}. */
    private static final String DESKS = " RETURNING country, mode";

    private final JdbcOperations jdbc;
    private final ExerciseReach exerciseReach;
    private final NodeIdentity node;
    private final InboxChanges changes;

    public InboxStore(JdbcOperations jdbc, ExerciseReach exerciseReach, NodeIdentity node, InboxChanges changes) {
        this.jdbc = jdbc;
        this.exerciseReach = exerciseReach;
        this.node = node;
        this.changes = changes;
    }

    /** Inserts the item unless the alert is in the inbox already; true when inserted. */
    public boolean insert(InboxItem item) {
        return insertAll(List.of(item)).contains(item.alertId());
    }

    /**
     * Inserts the items in one statement, leaving out alerts already in the inbox, exercise items for countries that
     * do not take part ({@link ExerciseReach}) and items of countries another node serves (DESIGN §11: every way into an
     * inbox passes here); returns the alert ids inserted.
     */
    public Set<UUID> insertAll(List<InboxItem> candidates) {
        List<InboxItem> items = exerciseReach.within(candidates.stream().filter(item -> node.serves(item.country())).toList());
        if (items.isEmpty()) {
            return Set.of();
        }
        return jdbc.prepareStatement("""
                INSERT INTO inbox_item (alert_id, incident_id, country, kind, severity, tlp, mode, exercise_id, title, reporter_country,
                    level, dispatched_at, ack_deadline, delivered_at, status, refers_to_alert_id, change_note)
                SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[],
                    ?::text[], ?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[], ?::text[]::timestamptz[], ?::text[], ?::uuid[], ?::text[])
                ON CONFLICT (alert_id) DO NOTHING RETURNING alert_id""", s -> {
            Connection c = s.getConnection();
            int i = 1;
            s.setArray(i++, c.createArrayOf("uuid", column(items, InboxItem::alertId)));
            s.setArray(i++, c.createArrayOf("uuid", column(items, InboxItem::incidentId)));
            s.setArray(i++, c.createArrayOf("text", column(items, InboxItem::country)));
            s.setArray(i++, c.createArrayOf("text", column(items, InboxItem::kind)));
            s.setArray(i++, c.createArrayOf("text", column(items, item -> item.severity().name())));
            s.setArray(i++, c.createArrayOf("text", column(items, InboxItem::tlp)));
            s.setArray(i++, c.createArrayOf("text", column(items, item -> item.mode().name())));
            s.setArray(i++, c.createArrayOf("uuid", column(items, InboxItem::exerciseId)));
            s.setArray(i++, c.createArrayOf("text", column(items, InboxItem::title)));
            s.setArray(i++, c.createArrayOf("text", column(items, InboxItem::reporterCountry)));
            s.setArray(i++, c.createArrayOf("text", column(items, InboxItem::level)));
            // Instants as ISO text with their offset: a Timestamp in an array is written in the JVM's local time.
            s.setArray(i++, c.createArrayOf("text", column(items, item -> item.dispatchedAt().toString())));
            s.setArray(i++, c.createArrayOf("text", column(items, item -> item.ackDeadline() == null ? null : item.ackDeadline().toString())));
            s.setArray(i++, c.createArrayOf("text", column(items, item -> item.deliveredAt().toString())));
            s.setArray(i++, c.createArrayOf("text", column(items, item -> item.status().name())));
            s.setArray(i++, c.createArrayOf("uuid", column(items, InboxItem::refersToAlertId)));
            s.setArray(i, c.createArrayOf("text", column(items, InboxItem::change)));
            Set<UUID> inserted = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getObject(1, UUID.class));
                }
            }
            changes.changed(items.stream().filter(item -> inserted.contains(item.alertId())).map(InboxStore::desk).toList());
            return inserted;
        });
    }

    private static Object[] column(List<InboxItem> items, Function<InboxItem, Object> value) {
        return items.stream().map(value).toArray();
    }

    /** Each country's latest alert for the incident in this node's inboxes, not recalled: who is alerted for its case here. */
    public List<InboxItem> alertsOf(UUID incidentId) {
        return jdbc.prepareStatement("""
                SELECT DISTINCT ON (country) * FROM inbox_item WHERE incident_id = ? AND kind = 'ALERT' AND recalled_at IS NULL
                ORDER BY country, dispatched_at DESC""", s -> {
            s.setObject(1, incidentId);
            List<InboxItem> alerts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    alerts.add(read(rs));
                }
            }
            return alerts;
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
        jdbc.prepareStatement("UPDATE inbox_item SET status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?, note = ? WHERE alert_id = ?" + DESKS, s -> {
            s.setString(1, by);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, note);
            s.setObject(4, alertId);
            return changes.write(s);
        });
    }

    /** The original alert shows that a correction of it arrived. */
    public void markCorrected(UUID alertId, Instant at) {
        jdbc.prepareStatement("UPDATE inbox_item SET corrections = corrections + 1, last_corrected_at = ? WHERE alert_id = ?" + DESKS, s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, alertId);
            return changes.write(s);
        });
    }

    /** The original alert shows that it was recalled, and why. */
    public void markRecalled(UUID alertId, Instant at, String reason) {
        jdbc.prepareStatement("UPDATE inbox_item SET recalled_at = ?, recall_reason = ? WHERE alert_id = ? AND recalled_at IS NULL" + DESKS, s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, reason);
            s.setObject(3, alertId);
            return changes.write(s);
        });
    }

    /** Takes the incident's title and notes out of every item of the country's inbox about it (ids, markings and receipts stay). */
    public void redactIncident(UUID incidentId, String country) {
        jdbc.prepareStatement("UPDATE inbox_item SET title = NULL, change_note = NULL WHERE incident_id = ? AND country = ? AND kind <> 'RECALL'" + DESKS, s -> {
            s.setObject(1, incidentId);
            s.setString(2, country);
            return changes.write(s);
        });
    }

    /** Marks an unacknowledged item OVERDUE with the backup deadline; true when it was still waiting. */
    public boolean markOverdue(UUID alertId, Instant missedDeadline, Instant backupDeadline, Instant at) {
        return jdbc.prepareStatement("""
                UPDATE inbox_item SET status = 'OVERDUE', missed_deadline = ?, ack_deadline = ?, overdue_at = ?
                WHERE alert_id = ? AND status = 'NEW'""" + DESKS, s -> {
            s.setTimestamp(1, Timestamp.from(missedDeadline));
            s.setTimestamp(2, Timestamp.from(backupDeadline));
            s.setTimestamp(3, Timestamp.from(at));
            s.setObject(4, alertId);
            return changes.write(s) == 1;
        });
    }

    /**
     * Turns OVERDUE up to {@code limit} items whose own deadline passed unread, of the kinds no protocol timer watches
     * (escalation times alerts, corrections and recalls; comchecks expire on their own), earliest first, and answers
     * them; a paused exercise's items wait for its resumption. Rows another instance holds are skipped; the update only takes items still NEW, so each turns once.
     */
    public List<InboxItem> markReadDeadlinesMissed(Instant now, int limit) {
        return jdbc.prepareStatement("""
                UPDATE inbox_item SET status = 'OVERDUE', missed_deadline = ack_deadline, ack_deadline = NULL, overdue_at = ?
                WHERE alert_id IN (SELECT alert_id FROM inbox_item
                                   WHERE status = 'NEW' AND ack_deadline IS NOT NULL AND ack_deadline <= ?
                                     AND kind NOT IN ('ALERT', 'CORRECTION', 'RECALL', 'COMCHECK')
                                     AND (exercise_id IS NULL OR NOT EXISTS (SELECT 1 FROM exercise_party p
                                                                             WHERE p.exercise_id = inbox_item.exercise_id AND p.paused_at IS NOT NULL))
                                   ORDER BY ack_deadline LIMIT ? FOR UPDATE SKIP LOCKED)
                  AND status = 'NEW'
                RETURNING *""", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            s.setInt(3, limit);
            List<InboxItem> missed = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    missed.add(read(rs));
                }
            }
            changes.changed(missed.stream().map(InboxStore::desk).toList());
            return missed;
        });
    }

    /** Keeps an overdue whose alert is not in the inbox yet; true when the alert is not here at all. */
    public boolean keepEarlyOverdue(UUID alertId, Instant missedDeadline, Instant backupDeadline, Instant at) {
        return jdbc.prepareStatement("""
                INSERT INTO early_overdue (alert_id, missed_deadline, ack_deadline, overdue_at)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM inbox_item WHERE alert_id = ?) ON CONFLICT DO NOTHING""", s -> {
            s.setObject(1, alertId);
            s.setTimestamp(2, Timestamp.from(missedDeadline));
            s.setTimestamp(3, Timestamp.from(backupDeadline));
            s.setTimestamp(4, Timestamp.from(at));
            s.setObject(5, alertId);
            return s.executeUpdate() == 1;
        });
    }

    /** Applies the overdues that arrived before these alerts; returns the alerts now OVERDUE. */
    public List<UUID> applyEarlyOverdue(Set<UUID> alertIds) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                WITH early AS (DELETE FROM early_overdue WHERE alert_id = ANY (?) RETURNING *)
                UPDATE inbox_item i SET status = 'OVERDUE', missed_deadline = e.missed_deadline, ack_deadline = e.ack_deadline,
                    overdue_at = e.overdue_at
                FROM early e WHERE i.alert_id = e.alert_id AND i.status = 'NEW' RETURNING i.alert_id, i.country, i.mode""", s -> {
            s.setArray(1, s.getConnection().createArrayOf("uuid", alertIds.toArray()));
            List<UUID> overdue = new ArrayList<>();
            Set<InboxChanges.Desk> desks = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    overdue.add(rs.getObject(1, UUID.class));
                    desks.add(new InboxChanges.Desk(rs.getString(2), Mode.valueOf(rs.getString(3))));
                }
            }
            changes.changed(desks);
            return overdue;
        });
    }

    private static InboxChanges.Desk desk(InboxItem item) {
        return new InboxChanges.Desk(item.country(), item.mode());
    }

    public List<InboxItem> list(String country, Mode mode, String status, int page, int size) {
        return jdbc.prepareStatement("SELECT * FROM inbox_item WHERE country = ? AND mode = ? AND (?::text IS NULL OR status = ?)"
                + " ORDER BY dispatched_at DESC, alert_id LIMIT ? OFFSET ?", s -> {
            s.setString(1, country);
            s.setString(2, mode.name());
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

    public long count(String country, Mode mode, String status) {
        return jdbc.prepareStatement("SELECT count(*) FROM inbox_item WHERE country = ? AND mode = ? AND (?::text IS NULL OR status = ?)", s -> {
            s.setString(1, country);
            s.setString(2, mode.name());
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
                rs.getString("kind"), Severity.valueOf(rs.getString("severity")), rs.getString("tlp"), Mode.valueOf(rs.getString("mode")),
                rs.getObject("exercise_id", UUID.class), rs.getString("title"), rs.getString("reporter_country"), rs.getString("level"),
                instant(rs, "dispatched_at"), instant(rs, "ack_deadline"), instant(rs, "delivered_at"), InboxItem.Status.valueOf(rs.getString("status")),
                rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("note"),
                rs.getObject("refers_to_alert_id", UUID.class), rs.getString("change_note"), rs.getInt("corrections"),
                instant(rs, "last_corrected_at"), instant(rs, "recalled_at"), rs.getString("recall_reason"), instant(rs, "missed_deadline"),
                instant(rs, "overdue_at"), rs.getObject("comcheck_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
