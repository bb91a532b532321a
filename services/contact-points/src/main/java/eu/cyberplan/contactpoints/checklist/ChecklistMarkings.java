package eu.cyberplan.contactpoints.checklist;

import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.sharing.Disclosure;
import eu.cyberplan.platform.sharing.Reader;
import eu.cyberplan.platform.sharing.TlpSharing;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The incident's TLP marking as checklists follow it: who may read a checklist's tick notes ({@link TlpSharing}, the
 * checklist's country counting as alerted), the marking adopted from {@code incident.updated}, and the checklist of a
 * country the marking withdrew, closed.
 */
@Singleton
public class ChecklistMarkings {

    private final JdbcOperations jdbc;

    public ChecklistMarkings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** What a checklist's reader needs: the incident's reporter, marking and named recipients, and whether it was closed. */
    public record Sharing(String reporter, String tlp, List<String> recipients, Instant closedAt) {

        public Disclosure disclosureTo(Caller caller, String checklistCountry) {
            Reader reader = Reader.of(caller, reporter, Set.of(checklistCountry), recipients);
            return TlpSharing.disclosure(TlpSharing.marking(tlp), reader);
        }
    }

    public Optional<Sharing> of(UUID checklistId) {
        return jdbc.prepareStatement("""
                SELECT coalesce(i.reporter, '') AS reporter, c.tlp, coalesce(i.recipients, '{}') AS recipients, c.closed_at
                FROM checklist c LEFT JOIN checklist_incident i ON i.incident_id = c.incident_id WHERE c.id = ?""", s -> {
            s.setObject(1, checklistId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp closed = rs.getTimestamp("closed_at");
                return Optional.of(new Sharing(rs.getString("reporter").strip(), rs.getString("tlp"),
                        Arrays.asList((String[]) rs.getArray("recipients").getArray()), closed == null ? null : closed.toInstant()));
            }
        });
    }

    /** The incident's new marking, on its record and on every checklist of it. */
    public void adopt(UUID incidentId, String tlp, List<String> recipients) {
        jdbc.prepareStatement("UPDATE checklist_incident SET tlp = ?, recipients = ? WHERE incident_id = ?", s -> {
            s.setString(1, tlp);
            s.setArray(2, s.getConnection().createArrayOf("text", recipients.toArray()));
            s.setObject(3, incidentId);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE checklist SET tlp = ? WHERE incident_id = ?", s -> {
            s.setString(1, tlp);
            s.setObject(2, incidentId);
            return s.executeUpdate();
        });
    }

    /** The named recipients as filed. */
    public void recipients(UUID incidentId, List<String> recipients) {
        jdbc.prepareStatement("UPDATE checklist_incident SET recipients = ? WHERE incident_id = ?", s -> {
            s.setArray(1, s.getConnection().createArrayOf("text", recipients.toArray()));
            s.setObject(2, incidentId);
            return s.executeUpdate();
        });
    }

    /** Closes the country's checklist of the incident ({@code at}), or reopens it ({@code null}) when it is alerted again. */
    public void closeOrReopen(UUID incidentId, String country, Instant at) {
        jdbc.prepareStatement("UPDATE checklist SET closed_at = ? WHERE incident_id = ? AND country = ?", s -> {
            s.setTimestamp(1, at == null ? null : Timestamp.from(at));
            s.setObject(2, incidentId);
            s.setString(3, country);
            return s.executeUpdate();
        });
    }
}
