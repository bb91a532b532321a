package eu.cyberplan.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's queries, on its own connection: real events first, then exercise events, each in write order. */
final class OutboxStore {

    // The mode is written into each statement, not bound: a generic plan for "mode = $1" cannot use the partial
    // indexes, and then every poll walks the whole table, sent rows included.
    // A parked row is not sent, and neither is any later row of its record key: order per aggregate holds while it
    // waits for an operator (DESIGN §4). Discarded rows hold nothing up.
    private static final String UNSENT = """
            SELECT seq, id, topic, record_key, event_type, source, subject, mode, exercise_id, tlp, payload::text, created_at
            FROM outbox_event e WHERE sent_at IS NULL AND mode = '%s' AND parked_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM outbox_event p WHERE p.record_key = e.record_key AND p.seq < e.seq
                              AND p.parked_at IS NOT NULL AND p.discarded_at IS NULL AND p.sent_at IS NULL)
            ORDER BY seq LIMIT ?""";
    private static final String UNSENT_REAL = UNSENT.formatted("REAL");
    private static final String UNSENT_EXERCISE = UNSENT.formatted("EXERCISE");

    private OutboxStore() {
    }

    static List<OutboxRow> unsent(Connection connection, int limit) throws SQLException {
        List<OutboxRow> rows = unsent(connection, UNSENT_REAL, limit);
        if (rows.size() < limit) {
            rows.addAll(unsent(connection, UNSENT_EXERCISE, limit - rows.size()));
        }
        return rows;
    }

    private static List<OutboxRow> unsent(Connection connection, String query, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class),
                            rs.getString(10), rs.getString(11).getBytes(StandardCharsets.UTF_8), rs.getTimestamp(12).toInstant()));
                }
                return rows;
            }
        }
    }

    static void markSent(Connection connection, List<Long> seqs, Instant at) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("UPDATE outbox_event SET sent_at = ? WHERE seq = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setArray(2, array);
            statement.executeUpdate();
        }
    }

    /** Parks an event the broker refuses for good: it stays unsent, with its reason, until an operator acts. */
    static void park(Connection connection, long seq, String reason, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET parked_at = ?, park_reason = ?, released_at = NULL, released_by = NULL WHERE seq = ?")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, reason);
            statement.setLong(3, seq);
            statement.executeUpdate();
        }
    }

    static int purgeSentBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM outbox_event WHERE sent_at < ?")) {
            statement.setTimestamp(1, Timestamp.from(cutoff));
            return statement.executeUpdate();
        }
    }

}
