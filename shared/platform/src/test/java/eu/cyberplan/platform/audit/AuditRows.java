package eu.cyberplan.platform.audit;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The test's own look at {@code audit_entry}, straight through JDBC, including what only a superuser may do. */
final class AuditRows {

    private final DataSource dataSource;

    AuditRows(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    List<AuditEntry> all() {
        return query("SELECT " + SealStore.COLUMNS + " FROM audit_entry ORDER BY id");
    }

    List<AuditEntry> where(String condition) {
        return query("SELECT " + SealStore.COLUMNS + " FROM audit_entry WHERE " + condition + " ORDER BY id");
    }

    long unsealed() {
        return where("hash IS NULL").size();
    }

    /** Runs statements in one transaction; the exception of the first refused one, or null when all passed. */
    SQLException tryRun(String... sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String one : sql) {
                    statement.execute(one);
                }
                connection.commit();
                return null;
            } catch (SQLException e) {
                connection.rollback();
                return e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites history as only a superuser can: with the append-only trigger off for this one transaction. */
    void tamper(String... sql) {
        String[] all = new String[sql.length + 2];
        all[0] = "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only";
        System.arraycopy(sql, 0, all, 1, sql.length);
        all[sql.length + 1] = "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only";
        SQLException refused = tryRun(all);
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private List<AuditEntry> query(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            List<AuditEntry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(SealStore.entry(rs));
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
