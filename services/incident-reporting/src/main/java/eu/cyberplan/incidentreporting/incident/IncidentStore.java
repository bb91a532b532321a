package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.deadline.Deadline;
import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The incident table, in the current transaction: one row per incident in its current version. */
@Singleton
public class IncidentStore {

    /** The columns a filing, a report or a correction may change, in the order {@link #bindState} sets them. */
    private static final String STATE_COLUMNS = """
            title, summary, severity, rsit_class, rsit_type, tlp, pap, affected_countries, cross_border, suspected_malicious,
            sectors, subsectors, impact, indicators, recipients, entity, stage, status, version, updated_at, csirt_response_at,
            notification_at, intermediate_due_at, intermediate_at, progress_at, final_at, handled_at, ended_at, ended_by, end_reason,
            root_cause, significant, significance, significance_facts, next_due_at, next_due_stage""";
    private static final int STATE_COUNT = 36;

    private final JdbcOperations jdbc;
    private final IncidentJson json;

    public IncidentStore(JdbcOperations jdbc, IncidentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A reference a person can read out on the phone: {@code EE-2026-000042}. */
    public String nextReference(String country, Instant at) {
        long number = jdbc.prepareStatement("SELECT nextval('incident_reference_seq')", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return "%s-%d-%06d".formatted(country, Year.from(at.atZone(ZoneOffset.UTC)).getValue(), number);
    }

    public void insert(Incident incident, Assessed assessed, Optional<Deadline> next) {
        String sql = "INSERT INTO incident (id, reference, reporter_country, aware_at, mode, exercise_id, reported_at, reported_by, "
                + STATE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, " + "?, ".repeat(STATE_COUNT - 1) + "?)";
        jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, incident.id());
            statement.setString(2, incident.reference());
            statement.setString(3, incident.reporterCountry());
            statement.setTimestamp(4, Timestamp.from(incident.awareAt()));
            statement.setString(5, incident.mode().name());
            statement.setObject(6, incident.exerciseId());
            statement.setTimestamp(7, Timestamp.from(incident.reportedAt()));
            statement.setString(8, incident.reportedBy());
            bindState(statement, 9, incident, assessed, next);
            return statement.executeUpdate();
        });
    }

    /** Writes the incident's current state over its row; the caller holds the row lock ({@link #findForUpdate}). */
    public void update(Incident incident, Assessed assessed, Optional<Deadline> next) {
        String assignments = String.join(" = ?, ", STATE_COLUMNS.replace("\n", " ").split(",\\s*")) + " = ?";
        jdbc.prepareStatement("UPDATE incident SET " + assignments + " WHERE id = ?", statement -> {
            int last = bindState(statement, 1, incident, assessed, next);
            statement.setObject(last, incident.id());
            return statement.executeUpdate();
        });
    }

    /** What the incident row keeps beside the incident itself: the apparent root cause and the significance assessment. */
    public record Assessed(String rootCause, IncidentSignificance.Result significance) {
    }

    public Optional<Incident> find(UUID id) {
        return select("SELECT * FROM incident WHERE id = ?", id);
    }

    /** The incident, its row locked until the transaction ends: reports and corrections of one incident queue up. */
    public Optional<Incident> findForUpdate(UUID id) {
        return select("SELECT * FROM incident WHERE id = ? FOR UPDATE", id);
    }

    /** The root cause and significance stored with an incident. */
    public Optional<Stored> stored(UUID id) {
        return jdbc.prepareStatement("SELECT root_cause, significant, significance, significance_facts FROM incident WHERE id = ?", statement -> {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getString(1), rs.getBoolean(2),
                        json.read(rs.getString(3), eu.cyberplan.incidentreporting.significance.Assessment.class),
                        json.read(rs.getString(4), eu.cyberplan.incidentreporting.significance.SignificanceFacts.class))) : Optional.empty();
            }
        });
    }

    /** The root cause, whether significant, the assessment and the declared figures it was made from. */
    public record Stored(String rootCause, boolean significant, eu.cyberplan.incidentreporting.significance.Assessment assessment,
                         eu.cyberplan.incidentreporting.significance.SignificanceFacts facts) {
    }

    private Optional<Incident> select(String sql, UUID id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    private int bindState(PreparedStatement s, int first, Incident incident, Assessed assessed, Optional<Deadline> next) throws SQLException {
        Connection connection = s.getConnection();
        ReportingTimeline t = incident.timeline();
        Incident.Closure end = incident.closure();
        int i = first;
        s.setString(i++, incident.title());
        s.setString(i++, incident.summary());
        s.setString(i++, incident.severity().name());
        s.setString(i++, incident.rsitClass());
        s.setString(i++, incident.rsitType());
        s.setString(i++, incident.tlp().label());
        s.setString(i++, incident.pap());
        s.setArray(i++, textArray(connection, incident.affectedCountries()));
        s.setBoolean(i++, incident.crossBorder());
        s.setBoolean(i++, incident.suspectedMalicious());
        s.setArray(i++, textArray(connection, incident.sectors()));
        s.setArray(i++, textArray(connection, incident.subsectors()));
        s.setObject(i++, json.write(incident.impact()), java.sql.Types.OTHER);
        s.setObject(i++, json.write(incident.indicators()), java.sql.Types.OTHER);
        s.setArray(i++, textArray(connection, incident.recipients()));
        s.setObject(i++, json.write(incident.entity()), java.sql.Types.OTHER);
        s.setString(i++, incident.stage());
        s.setString(i++, incident.status());
        s.setInt(i++, incident.version());
        s.setTimestamp(i++, Timestamp.from(incident.updatedAt()));
        Instant[] times = {t.csirtResponseAt(), t.notificationAt(), t.intermediateDueAt(), t.intermediateAt(), t.progressAt(),
                t.finalAt(), t.handledAt(), end == null ? null : end.at()};
        for (Instant at : times) {
            s.setTimestamp(i++, at == null ? null : Timestamp.from(at));
        }
        s.setString(i++, end == null ? null : end.by());
        s.setString(i++, end == null ? null : end.reason());
        s.setString(i++, assessed.rootCause());
        s.setBoolean(i++, assessed.significance().significant());
        s.setObject(i++, json.write(assessed.significance().assessment()), java.sql.Types.OTHER);
        s.setObject(i++, json.write(assessed.significance().facts()), java.sql.Types.OTHER);
        s.setTimestamp(i++, next.map(d -> Timestamp.from(d.dueAt())).orElse(null));
        s.setString(i++, next.map(Deadline::stage).orElse(null));
        return i;
    }

    private Incident read(ResultSet rs) throws SQLException {
        Instant awareAt = instant(rs, "aware_at");
        Entity entity = json.read(rs.getString("entity"), Entity.class);
        String status = rs.getString("status");
        Instant endedAt = instant(rs, "ended_at");
        ReportingTimeline timeline = new ReportingTimeline(awareAt, entity != null && Entity.TRUST_SERVICE.equals(entity.entityType()),
                instant(rs, "reported_at"), instant(rs, "csirt_response_at"), instant(rs, "notification_at"),
                instant(rs, "intermediate_due_at"), instant(rs, "intermediate_at"), instant(rs, "progress_at"), instant(rs, "final_at"),
                instant(rs, "handled_at"));
        return new Incident(
                rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("reporter_country"),
                rs.getString("title"), rs.getString("summary"), awareAt, Severity.valueOf(rs.getString("severity")),
                rs.getString("rsit_class"), rs.getString("rsit_type"), Tlp.fromLabel(rs.getString("tlp")).orElseThrow(), rs.getString("pap"),
                list(rs.getArray("affected_countries")), rs.getBoolean("cross_border"), rs.getBoolean("suspected_malicious"),
                list(rs.getArray("sectors")), list(rs.getArray("subsectors")), json.read(rs.getString("impact"), Impact.class),
                json.indicators(rs.getString("indicators")), list(rs.getArray("recipients")), entity,
                rs.getString("stage"), status, Mode.valueOf(rs.getString("mode")), rs.getObject("exercise_id", UUID.class),
                instant(rs, "reported_at"), rs.getString("reported_by"), rs.getInt("version"), instant(rs, "updated_at"), timeline,
                endedAt == null ? null : new Incident.Closure(endedAt, rs.getString("ended_by"), rs.getString("end_reason")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
