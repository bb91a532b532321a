package eu.cyberplan.escalation.receipt;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The receipts of a case's alerts, in the current transaction: delivered into an inbox, acknowledged by a person. */
@Singleton
public class ReceiptStore {

    private final JdbcOperations jdbc;

    public ReceiptStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert reported delivered into its inbox, when; the first report stands. */
    public record Delivered(UUID alertId, Instant at) {
    }

    /** Marks the alerts delivered in one batch; an alert delivered before keeps its first time. */
    public void markAllDelivered(List<Delivered> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                UPDATE case_alert SET delivered_at = ?,
                    status = CASE WHEN status = 'DISPATCHED' THEN 'DELIVERED' ELSE status END
                WHERE alert_id = ? AND delivered_at IS NULL""", s -> {
            for (Delivered delivered : deliveries) {
                s.setTimestamp(1, Timestamp.from(delivered.at()));
                s.setObject(2, delivered.alertId());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /** The first acknowledgement counts; later ones change nothing. */
    public void markAcknowledged(UUID alertId, String by, Instant at) {
        jdbc.prepareStatement("""
                UPDATE case_alert SET status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?
                WHERE alert_id = ? AND acknowledged_at IS NULL""", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, by);
            s.setObject(3, alertId);
            return s.executeUpdate();
        });
    }
}
