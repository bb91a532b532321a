package eu.cyberplan.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The sealer's queries, on its own connection. */
final class SealStore {

    static final String COLUMNS = "id, at, actor, actor_country, action, target_type, target_id, country, detail::text, prev_hash, hash";

    private SealStore() {
    }

    /**
     * The highest id handed out so far and a snapshot taken after reading it. Read in this order: every transaction
     * holding an id up to it had its xid before the read (see audit_entry_next_id), so it is in the snapshot's
     * running list or below its xmin, i.e. below the snapshot's xmax.
     */
    static SealHorizon horizon(Connection connection) throws SQLException {
        long highest;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM audit_entry_id_seq");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            highest = rs.getLong(1);
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_current_snapshot()::text");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return new SealHorizon(highest, rs.getString(1));
        }
    }

    /** True once every transaction that was running (or not yet begun) at the horizon's snapshot has ended. */
    static boolean settled(Connection connection, SealHorizon horizon) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_snapshot_xmin(pg_current_snapshot()) >= pg_snapshot_xmax(?::pg_snapshot)")) {
            statement.setString(1, horizon.snapshot());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The hash the next sealed entry follows: the last sealed entry's, else the archive's anchor, else none. */
    static String lastHash(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT coalesce((SELECT hash FROM audit_entry WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1),
                                (SELECT last_hash FROM audit_archive ORDER BY archived_up_to DESC LIMIT 1))""");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<AuditEntry> unsealedUpTo(Connection connection, long highest, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_entry WHERE hash IS NULL AND id <= ? ORDER BY id LIMIT ?")) {
            statement.setLong(1, highest);
            statement.setInt(2, limit);
            try (ResultSet rs = statement.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(entry(rs));
                }
                return entries;
            }
        }
    }

    static void seal(Connection connection, List<AuditEntry> sealed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ? AND hash IS NULL")) {
            for (AuditEntry entry : sealed) {
                statement.setString(1, entry.prevHash());
                statement.setString(2, entry.hash());
                statement.setLong(3, entry.id());
                statement.addBatch();
            }
            for (int updated : statement.executeBatch()) {
                if (updated != 1) {
                    throw new SQLException("an audit entry was sealed by someone else meanwhile; sealing again from the chain's end");
                }
            }
        }
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
