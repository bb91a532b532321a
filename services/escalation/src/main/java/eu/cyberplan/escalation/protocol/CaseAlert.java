package eu.cyberplan.escalation.protocol;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One alert of a case with its receipt: DISPATCHED → DELIVERED → ACKNOWLEDGED, or OVERDUE (sent to the backup channel
 * with {@code backupDeadline}) → ESCALATED (the coordinators told). A CORRECTION or RECALL names the alert it refers to.
 * {@code withdrawnAt}: when a TLP change stopped sharing the incident with the alert's country.
 */
@Serdeable
public record CaseAlert(UUID alertId, String country, String kind, String status, Instant dispatchedAt, Instant deliveredAt,
                        Instant acknowledgedAt, String acknowledgedBy, Instant ackDeadline, Instant overdueAt, Instant backupDeadline,
                        Instant escalatedAt, UUID refersToAlertId, String change, Instant withdrawnAt) {

    /** A new alert as dispatched, before any receipt. */
    public static CaseAlert dispatched(UUID alertId, String country, String kind, Instant at, Instant ackDeadline, UUID refersTo, String change) {
        return new CaseAlert(alertId, country, kind, DISPATCHED, at, null, null, null, ackDeadline, null, null, null, refersTo, change, null);
    }

    /** An original alert whose country still takes part in the case. */
    public boolean active() {
        return ALERT.equals(kind) && withdrawnAt == null;
    }

    /** This alert as a reader of the case sees it: the change text of a correction is the incident's content. */
    public CaseAlert shownWith(eu.cyberplan.platform.sharing.Disclosure disclosure) {
        return new CaseAlert(alertId, country, kind, status, dispatchedAt, deliveredAt, acknowledgedAt, acknowledgedBy, ackDeadline, overdueAt,
                backupDeadline, escalatedAt, refersToAlertId, disclosure.redact(change), withdrawnAt);
    }

    public static final String ALERT = "ALERT";
    public static final String DISPATCHED = "DISPATCHED";
    public static final String DELIVERED = "DELIVERED";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    public static final String OVERDUE = "OVERDUE";
    public static final String ESCALATED = "ESCALATED";
    public static final String CORRECTION = "CORRECTION";
    public static final String RECALL = "RECALL";
}
