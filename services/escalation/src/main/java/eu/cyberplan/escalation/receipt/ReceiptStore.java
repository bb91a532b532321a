package eu.cyberplan.escalation.receipt;

import eu.cyberplan.escalation.changes.CaseStream;
import eu.cyberplan.escalation.protocol.CaseStore;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The receipts of a case's alerts, in the current transaction: delivered into an inbox, acknowledged by a person. */
@Singleton
public class ReceiptStore {

    private final JdbcOperations jdbc;
    private final CaseStream changes;

    public ReceiptStore(JdbcOperations jdbc, CaseStream changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** An alert reported delivered into its inbox, when; the first report stands. */
    public record Delivered(UUID alertId, Instant at) {
    }

    /** Marks the alerts delivered in one batch; an alert delivered before keeps its first time. */
    public void markAllDelivered(List<Delivered> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        // One statement updates a row once: of an alert reported twice in the batch, the first report stands here too.
        Map<UUID, Instant> first = new LinkedHashMap<>();
        deliveries.forEach(delivered -> first.putIfAbsent(delivered.alertId(), delivered.at()));
        // Instants in an array as ISO text with their offset: a Timestamp in an array is written in the JVM's local time.
        jdbc.prepareStatement("""
                UPDATE case_alert SET delivered_at = d.delivered_at,
                    status = CASE WHEN status = 'DISPATCHED' THEN 'DELIVERED' ELSE status END
                FROM unnest(?::uuid[], ?::text[]::timestamptz[]) AS d (alert_id, delivered_at)
                WHERE case_alert.alert_id = d.alert_id AND case_alert.delivered_at IS NULL RETURNING %s""".formatted(CaseStore.MODE_OF_ALERT), s -> {
            s.setArray(1, s.getConnection().createArrayOf("uuid", first.keySet().toArray()));
            s.setArray(2, s.getConnection().createArrayOf("text", first.values().stream().map(Instant::toString).toArray()));
            return changes.write(s);
        });
    }

    /** The first acknowledgement counts; later ones change nothing. */
    public void markAcknowledged(UUID alertId, String by, Instant at) {
        jdbc.prepareStatement("""
                UPDATE case_alert SET status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?
                WHERE alert_id = ? AND acknowledged_at IS NULL RETURNING %s""".formatted(CaseStore.MODE_OF_ALERT), s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, by);
            s.setObject(3, alertId);
            return changes.write(s);
        });
    }
}
