package eu.cyberplan.incidentreporting.incident;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The append-only incident_version table: who changed an incident, when, how (filed, report, correction, …) and what. */
@Singleton
public class IncidentVersions {

    private final JdbcOperations jdbc;
    private final IncidentJson json;

    public IncidentVersions(JdbcOperations jdbc, IncidentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One version of an incident: its number, when and by whom, the kind of change, the fields changed and why. */
    @Serdeable
    public record Version(int version, Instant changedAt, String changedBy, String kind, List<FieldChange> changes, String note) {
    }

    public void add(UUID incidentId, Version version) {
        jdbc.prepareStatement("""
                INSERT INTO incident_version (incident_id, version, changed_at, changed_by, kind, changes, note)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)""", s -> {
            s.setObject(1, incidentId);
            s.setInt(2, version.version());
            s.setTimestamp(3, Timestamp.from(version.changedAt()));
            s.setString(4, version.changedBy());
            s.setString(5, version.kind());
            s.setString(6, json.write(version.changes()));
            s.setString(7, version.note());
            return s.executeUpdate();
        });
    }

    public List<Version> of(UUID incidentId) {
        return jdbc.prepareStatement("SELECT * FROM incident_version WHERE incident_id = ? ORDER BY version", s -> {
            s.setObject(1, incidentId);
            List<Version> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(new Version(rs.getInt("version"), rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                            rs.getString("kind"), json.readList(rs.getString("changes"), FieldChange.class), rs.getString("note")));
                }
            }
            return versions;
        });
    }
}
