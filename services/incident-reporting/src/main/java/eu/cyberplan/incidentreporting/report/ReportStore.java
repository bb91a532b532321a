package eu.cyberplan.incidentreporting.report;

import eu.cyberplan.incidentreporting.incident.IncidentJson;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The incident_report table: each further NIS2 report as it was submitted. */
@Singleton
public class ReportStore {

    private final JdbcOperations jdbc;
    private final IncidentJson json;

    public ReportStore(JdbcOperations jdbc, IncidentJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(SubmittedReport report, ReportBody body) {
        jdbc.prepareStatement("""
                INSERT INTO incident_report (id, incident_id, stage, submitted_at, submitted_by, late, body) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""", s -> {
            s.setObject(1, report.id());
            s.setObject(2, report.incidentId());
            s.setString(3, report.stage());
            s.setTimestamp(4, Timestamp.from(report.submittedAt()));
            s.setString(5, report.submittedBy());
            s.setBoolean(6, report.late());
            s.setString(7, json.write(body));
            return s.executeUpdate();
        });
    }

    public List<SubmittedReport> of(UUID incidentId) {
        return jdbc.prepareStatement("SELECT * FROM incident_report WHERE incident_id = ? ORDER BY submitted_at, id", s -> {
            s.setObject(1, incidentId);
            List<SubmittedReport> reports = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ReportBody body = json.read(rs.getString("body"), ReportBody.class);
                    reports.add(new SubmittedReport(rs.getObject("id", UUID.class), incidentId, rs.getString("stage"),
                            rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"), rs.getBoolean("late"), body.summary(),
                            body.rootCause(), body.rootCauseDescription(), body.mitigationsApplied(), body.mitigationsOngoing(),
                            body.crossBorderImpact()));
                }
            }
            return reports;
        });
    }
}
