package eu.cyberplan.contactpoints.plan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The national_plan table, in the current transaction; a version's content is kept as JSON. */
@Singleton
public class PlanStore {

    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final Map<String, PlanVersion> parsedInForce = new ConcurrentHashMap<>();

    public PlanStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serialises changes to one country's plan (numbering, approval) until the transaction ends. */
    public void lockCountry(String country) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('national_plan/' || ?))", s -> {
            s.setString(1, country);
            return s.execute();
        });
    }

    public int nextVersion(String country) {
        return jdbc.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM national_plan WHERE country = ?", s -> {
            s.setString(1, country);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    public void insertDraft(String country, int version, PlanContent content, String by, Instant at) {
        insertDraft(country, version, content, by, at, null);
    }

    /** A draft, proposed from a lesson when {@code from} names one. */
    public void insertDraft(String country, int version, PlanContent content, String by, Instant at, PlanVersion.ProposedFrom from) {
        jdbc.prepareStatement("""
                INSERT INTO national_plan (country, version, status, content, created_by, created_at, proposed_from_lesson, proposed_from_exercise,
                    proposed_from_incident)
                VALUES (?, ?, 'DRAFT', ?::jsonb, ?, ?, ?, ?, ?)""", s -> {
            s.setString(1, country);
            s.setInt(2, version);
            s.setString(3, write(content));
            s.setString(4, by);
            s.setTimestamp(5, Timestamp.from(at));
            s.setObject(6, from == null ? null : from.lessonId());
            s.setObject(7, from == null ? null : from.exerciseId());
            s.setObject(8, from == null ? null : from.incidentId());
            return s.executeUpdate();
        });
    }

    /** A draft becomes REJECTED with who, when and why; false when it was no draft. */
    public boolean reject(String country, int version, String by, Instant at, String reason) {
        return jdbc.prepareStatement("""
                UPDATE national_plan SET status = 'REJECTED', rejected_by = ?, rejected_at = ?, rejection_reason = ?
                WHERE country = ? AND version = ? AND status = 'DRAFT'""", s -> {
            s.setString(1, by);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, reason);
            s.setString(4, country);
            s.setInt(5, version);
            return s.executeUpdate() == 1;
        });
    }

    /** The version in force becomes SUPERSEDED and the draft APPROVED, in the caller's transaction (one APPROVED per country). */
    public void approve(String country, int version, String by, Instant at) {
        jdbc.prepareStatement("UPDATE national_plan SET status = 'SUPERSEDED', superseded_at = ? WHERE country = ? AND status = 'APPROVED'", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, country);
            return s.executeUpdate();
        });
        int approved = jdbc.prepareStatement("""
                UPDATE national_plan SET status = 'APPROVED', approved_by = ?, approved_at = ? WHERE country = ? AND version = ? AND status = 'DRAFT'""", s -> {
            s.setString(1, by);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, country);
            s.setInt(4, version);
            return s.executeUpdate();
        });
        if (approved != 1) {
            throw new IllegalStateException("version " + version + " of " + country + " was no draft when approved");
        }
    }

    public Optional<PlanVersion> find(String country, int version) {
        return query("SELECT * FROM national_plan WHERE country = ? AND version = ?", country, version).stream().findFirst();
    }

    /**
     * The version in force. Every alert starts a checklist from it, so its content is parsed once per approval, not
     * once per alert: an approved version never changes, and the light query below says which one is in force now
     * (its approval instant tells apart a version number reused after a rolled-back approval).
     */
    public Optional<PlanVersion> inForce(String country) {
        Optional<InForce> current = jdbc.prepareStatement(
                "SELECT version, approved_at FROM national_plan WHERE country = ? AND status = 'APPROVED'", s -> {
                    s.setString(1, country);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(new InForce(rs.getInt(1), instant(rs, "approved_at"))) : Optional.empty();
                    }
                });
        if (current.isEmpty()) {
            return Optional.empty();
        }
        PlanVersion cached = parsedInForce.get(country);
        if (cached != null && current.get().matches(cached)) {
            return Optional.of(cached);
        }
        Optional<PlanVersion> loaded = find(country, current.get().version());
        loaded.filter(current.get()::matches).ifPresent(version -> parsedInForce.put(country, version));
        return loaded;
    }

    private record InForce(int version, Instant approvedAt) {
        boolean matches(PlanVersion plan) {
            return plan.version() == version && Objects.equals(plan.approvedAt(), approvedAt);
        }
    }

    /** Every version of the country, newest first. */
    public List<PlanVersion> versions(String country) {
        return query("SELECT * FROM national_plan WHERE country = ? ORDER BY version DESC", country);
    }

    /** The version in force of every country that has one. */
    public List<PlanVersion> allInForce() {
        return query("SELECT * FROM national_plan WHERE status = 'APPROVED' ORDER BY country");
    }

    private List<PlanVersion> query(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<PlanVersion> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(read(rs));
                }
            }
            return versions;
        });
    }

    private PlanVersion read(ResultSet rs) throws SQLException {
        PlanContent content = readContent(rs.getString("content"));
        UUID lesson = rs.getObject("proposed_from_lesson", UUID.class);
        String rejectedBy = rs.getString("rejected_by");
        return new PlanVersion(rs.getString("country"), rs.getInt("version"), rs.getString("status"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("approved_by"), instant(rs, "approved_at"), instant(rs, "superseded_at"), content.note(),
                content.contactPoints(), content.capabilityList(), content.playbookList(),
                lesson == null ? null : new PlanVersion.ProposedFrom(lesson, rs.getObject("proposed_from_exercise", UUID.class),
                        rs.getObject("proposed_from_incident", UUID.class)),
                rejectedBy == null ? null : new PlanVersion.Rejection(rejectedBy, instant(rs, "rejected_at"), rs.getString("rejection_reason")));
    }

    private PlanContent readContent(String text) {
        try {
            return json.readValue(text, PlanContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(PlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
