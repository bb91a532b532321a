package eu.cyberplan.platform.audit;

import eu.cyberplan.platform.api.Page;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the audit trail: pages of entries, newest first, and the verification of the whole chain. */
@Singleton
public class AuditLog {

    private static final int VERIFY_FETCH = 1000;

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public AuditLog(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Page<AuditItem> page(AuditFilter filter) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        long total = jdbc.prepareStatement("SELECT count(*) FROM audit_entry" + where, statement -> {
            bind(statement, values);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<AuditItem> items = jdbc.prepareStatement("SELECT " + SealStore.COLUMNS + " FROM audit_entry" + where
                + " ORDER BY id DESC LIMIT " + filter.size() + " OFFSET " + (long) filter.page() * filter.size(), statement -> {
            bind(statement, values);
            try (ResultSet rs = statement.executeQuery()) {
                List<AuditItem> page = new ArrayList<>();
                while (rs.next()) {
                    page.add(item(SealStore.entry(rs)));
                }
                return page;
            }
        });
        return new Page<>(items, filter.page(), filter.size(), total);
    }

    /** Walks every entry after the last archived one, in id order, without holding them all in memory. */
    @Transactional(readOnly = true)
    public Verdict verify() {
        String anchor = jdbc.prepareStatement("SELECT last_hash FROM audit_archive ORDER BY archived_up_to DESC LIMIT 1", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        ChainVerification verification = new ChainVerification(anchor);
        jdbc.prepareStatement("SELECT " + SealStore.COLUMNS + " FROM audit_entry"
                + " WHERE id > coalesce((SELECT max(archived_up_to) FROM audit_archive), 0) ORDER BY id", statement -> {
            statement.setFetchSize(VERIFY_FETCH);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    verification.accept(SealStore.entry(rs));
                }
            }
            return null;
        });
        return verification.verdict();
    }

    private static String where(AuditFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        condition(conditions, values, "actor = ?", filter.actor());
        condition(conditions, values, "target_id = ?", filter.targetId());
        condition(conditions, values, "action = ?", filter.action());
        condition(conditions, values, "country = ?", filter.country());
        condition(conditions, values, "at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(conditions, values, "at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void condition(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    private AuditItem item(AuditEntry entry) {
        return new AuditItem(entry.id(), entry.at(), entry.actor(), entry.actorCountry(), entry.action(), entry.targetType(),
                entry.targetId(), entry.country(), detail(entry.detail()), entry.prevHash(), entry.hash());
    }

    private Map<String, Object> detail(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("audit detail is not a JSON object", e);
        }
    }
}
