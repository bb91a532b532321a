package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.significance.Assessment;
import eu.cyberplan.incidentreporting.significance.SignificanceAssessment;
import eu.cyberplan.incidentreporting.significance.SignificanceFacts;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Assesses an incident's significance on every report: the figures its reports declared, with what the incident
 * itself says (entity type and turnover, direct financial loss, awareness, root cause) and the same entity's earlier
 * incidents of the last six months (Art. 4 recurrence), read in the caller's transaction.
 */
@Singleton
public class IncidentSignificance {

    private final JdbcOperations jdbc;
    private final SignificanceAssessment assessment = new SignificanceAssessment();

    public IncidentSignificance(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the incident is significant, the assessment that says why, and the figures it was made from. */
    public record Result(boolean significant, Assessment assessment, SignificanceFacts facts) {
    }

    public Result of(Incident incident, String rootCause, SignificanceFacts declared) {
        Entity entity = incident.entity();
        SignificanceFacts facts = (declared == null ? SignificanceFacts.none() : declared).withIncident(
                entity == null ? null : entity.entityType(), incident.impact().financialLossEur(),
                entity == null ? null : entity.annualTurnoverEur(), incident.awareAt(), rootCause, earlier(incident, rootCause));
        Assessment result = assessment.assess(facts);
        return new Result(result.significant(), result, facts);
    }

    /** Only incidents with the same apparent root cause can recur (Art. 4): without a root cause, none is looked up. */
    private List<SignificanceFacts.RelatedIncident> earlier(Incident incident, String rootCause) {
        if (incident.entity() == null || incident.entity().name() == null || rootCause == null) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT reference, aware_at, root_cause, (impact ->> 'financialLossEur')::numeric AS loss FROM incident
                WHERE entity ->> 'name' = ? AND reporter_country = ? AND root_cause = ? AND mode = ? AND id <> ? AND status <> 'RETRACTED'
                  AND aware_at >= ? AND aware_at <= ?""", s -> {
            s.setString(1, incident.entity().name());
            s.setString(2, incident.reporterCountry());
            s.setString(3, rootCause);
            s.setString(4, incident.mode().name());
            s.setObject(5, incident.id());
            s.setTimestamp(6, Timestamp.from(incident.awareAt().atZone(ZoneOffset.UTC).minusMonths(6).toInstant()));
            s.setTimestamp(7, Timestamp.from(incident.awareAt()));
            List<SignificanceFacts.RelatedIncident> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new SignificanceFacts.RelatedIncident(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getBigDecimal(4)));
                }
            }
            return found;
        });
    }
}
