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

    /**
     * Where the chain ends: the last sealed entry (its id and hash), else the archive's anchor, else nothing sealed.
     * Read from the primary key backwards, past the few entries not sealed yet, so sealing needs no index on
     * {@code hash}: the seal then changes no indexed column and PostgreSQL updates the row in place (HOT), instead of
     * writing a new entry into each of the table's six indexes for every row sealed.
     */
    static ChainEnd chainEnd(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, hash FROM audit_entry WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1""");
             ResultSet rs = statement.executeQuery()) {
            if (rs.next()) {
                return new ChainEnd(rs.getLong(1), rs.getString(2));
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT archived_up_to, last_hash FROM audit_archive ORDER BY archived_up_to DESC LIMIT 1");
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? new ChainEnd(rs.getLong(1), rs.getString(2)) : new ChainEnd(0, null);
        }
    }

    /** The chain's last sealed id and its hash ({@code null} when nothing was ever sealed). */
    record ChainEnd(long id, String hash) {
    }

    /** The entries after the chain's end, up to the horizon, in id order: every one of them is unsealed. */
    static List<AuditEntry> unsealedAfter(Connection connection, long after, long highest, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_entry WHERE id > ? AND id <= ? AND hash IS NULL ORDER BY id LIMIT ?")) {
            statement.setLong(1, after);
            statement.setLong(2, highest);
            statement.setInt(3, limit);
            try (ResultSet rs = statement.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(entry(rs));
                }
                return entries;
            }
        }
    }

    /** Seals the entries in one statement (one round trip and one plan, however long the batch). */
    static void seal(Connection connection, List<AuditEntry> sealed) throws SQLException {
        Long[] ids = new Long[sealed.size()];
        String[] previous = new String[sealed.size()];
        String[] hashes = new String[sealed.size()];
        for (int i = 0; i < sealed.size(); i++) {
            ids[i] = sealed.get(i).id();
            previous[i] = sealed.get(i).prevHash();
            hashes[i] = sealed.get(i).hash();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                UPDATE audit_entry a SET prev_hash = s.prev_hash, hash = s.hash
                FROM unnest(?::bigint[], ?::text[], ?::text[]) AS s (id, prev_hash, hash)
                WHERE a.id = s.id AND a.hash IS NULL""")) {
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            statement.setArray(2, connection.createArrayOf("text", previous));
            statement.setArray(3, connection.createArrayOf("text", hashes));
            if (statement.executeUpdate() != sealed.size()) {
                throw new SQLException("an audit entry was sealed by someone else meanwhile; sealing again from the chain's end");
            }
        }
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
