package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The incident table and the read grants, in the current transaction. */
@Singleton
public class IncidentStore {

    private static final String INSERT = """
            INSERT INTO incident (id, reference, reporter_country, title, summary, aware_at, severity, rsit_class, rsit_type, tlp, pap,
                affected_countries, cross_border, suspected_malicious, sectors, recipients, entity, stage, status, mode, exercise_id,
                reported_at, reported_by, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcOperations jdbc;

    public IncidentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A reference a person can read out on the phone: {@code EE-2026-000042}. */
    public String nextReference(String country, java.time.Instant at) {
        long number = jdbc.prepareStatement("SELECT nextval('incident_reference_seq')", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return "%s-%d-%06d".formatted(country, Year.from(at.atZone(ZoneOffset.UTC)).getValue(), number);
    }

    public void insert(Incident incident) {
        jdbc.prepareStatement(INSERT, statement -> {
            Connection connection = statement.getConnection();
            int i = 1;
            statement.setObject(i++, incident.id());
            statement.setString(i++, incident.reference());
            statement.setString(i++, incident.reporterCountry());
            statement.setString(i++, incident.title());
            statement.setString(i++, incident.summary());
            statement.setTimestamp(i++, Timestamp.from(incident.awareAt()));
            statement.setString(i++, incident.severity().name());
            statement.setString(i++, incident.rsitClass());
            statement.setString(i++, incident.rsitType());
            statement.setString(i++, incident.tlp().label());
            statement.setString(i++, incident.pap());
            statement.setArray(i++, textArray(connection, incident.affectedCountries()));
            statement.setBoolean(i++, incident.crossBorder());
            statement.setBoolean(i++, incident.suspectedMalicious());
            statement.setArray(i++, textArray(connection, incident.sectors()));
            statement.setArray(i++, textArray(connection, incident.recipients()));
            statement.setString(i++, incident.entityJson());
            statement.setString(i++, incident.stage());
            statement.setString(i++, incident.status());
            statement.setString(i++, incident.mode().name());
            statement.setObject(i++, incident.exerciseId());
            statement.setTimestamp(i++, Timestamp.from(incident.reportedAt()));
            statement.setString(i++, incident.reportedBy());
            statement.setInt(i, incident.version());
            return statement.executeUpdate();
        });
    }

    public Optional<Incident> find(UUID id) {
        return jdbc.prepareStatement("SELECT *, entity ->> 'entityType' AS entity_type FROM incident WHERE id = ?", statement -> {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    /** Records that a country was alerted for an incident, so it may read it; repeated grants change nothing. */
    public void grant(UUID incidentId, String country, java.time.Instant at) {
        jdbc.prepareStatement("INSERT INTO incident_access (incident_id, country, granted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", statement -> {
            statement.setObject(1, incidentId);
            statement.setString(2, country);
            statement.setTimestamp(3, Timestamp.from(at));
            return statement.executeUpdate();
        });
    }

    public Set<String> alertedCountries(UUID incidentId) {
        return jdbc.prepareStatement("SELECT country FROM incident_access WHERE incident_id = ?", statement -> {
            statement.setObject(1, incidentId);
            Set<String> countries = new HashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                }
            }
            return countries;
        });
    }

    private static Incident read(ResultSet rs) throws SQLException {
        return new Incident(
                rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("reporter_country"),
                rs.getString("title"), rs.getString("summary"), rs.getTimestamp("aware_at").toInstant(),
                Severity.valueOf(rs.getString("severity")), rs.getString("rsit_class"), rs.getString("rsit_type"),
                Tlp.fromLabel(rs.getString("tlp")).orElseThrow(), rs.getString("pap"),
                list(rs.getArray("affected_countries")), rs.getBoolean("cross_border"), rs.getBoolean("suspected_malicious"),
                list(rs.getArray("sectors")), list(rs.getArray("recipients")), rs.getString("entity"), rs.getString("entity_type"),
                rs.getString("stage"), rs.getString("status"), Mode.valueOf(rs.getString("mode")),
                rs.getObject("exercise_id", UUID.class), rs.getTimestamp("reported_at").toInstant(),
                rs.getString("reported_by"), rs.getInt("version"));
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
