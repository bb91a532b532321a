package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.changes.CaseStream;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The TLP marking a case carries (tlp, named recipients, the title it may hold) and the alerts a marking withdrew. */
@Singleton
public class CaseMarkings {

    private final JdbcOperations jdbc;
    private final CaseStream changes;

    public CaseMarkings(JdbcOperations jdbc, CaseStream changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** The case takes the incident's marking; {@code title} is null under RED, which the cluster never carries. */
    public void adopt(UUID incidentId, String tlp, List<String> namedRecipients, String title) {
        jdbc.prepareStatement("UPDATE protocol_case SET tlp = ?, named_recipients = ?, title = ? WHERE incident_id = ? RETURNING mode", s -> {
            s.setString(1, tlp);
            s.setArray(2, s.getConnection().createArrayOf("text", namedRecipients.toArray()));
            s.setString(3, title);
            s.setObject(4, incidentId);
            return changes.write(s);
        });
    }

    /** The alert's country stops taking part in the case. */
    public void withdraw(UUID alertId, Instant at) {
        jdbc.prepareStatement("UPDATE case_alert SET withdrawn_at = ? WHERE alert_id = ? AND withdrawn_at IS NULL RETURNING "
                + CaseStore.MODE_OF_ALERT, s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, alertId);
            return changes.write(s);
        });
    }
}
