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
public record CaseAlert(UUID alertId, String country, Kind kind, Status status, Instant dispatchedAt, Instant deliveredAt,
                        Instant acknowledgedAt, String acknowledgedBy, Instant ackDeadline, Instant overdueAt, Instant backupDeadline,
                        Instant escalatedAt, UUID refersToAlertId, String change, Instant withdrawnAt) {

    /** A new alert as dispatched, before any receipt. */
    public static CaseAlert dispatched(UUID alertId, String country, Kind kind, Instant at, Instant ackDeadline, UUID refersTo, String change) {
        return new CaseAlert(alertId, country, kind, Status.DISPATCHED, at, null, null, null, ackDeadline, null, null, null, refersTo, change, null);
    }

    /** An original alert whose country still takes part in the case. */
    public boolean active() {
        return kind == Kind.ALERT && withdrawnAt == null;
    }

    /** This alert as a reader of the case sees it: the change text of a correction is the incident's content. */
    public CaseAlert shownWith(eu.cyberplan.platform.sharing.Disclosure disclosure) {
        return new CaseAlert(alertId, country, kind, status, dispatchedAt, deliveredAt, acknowledgedAt, acknowledgedBy, ackDeadline, overdueAt,
                backupDeadline, escalatedAt, refersToAlertId, disclosure.redact(change), withdrawnAt);
    }

    /** What the alert is: the first one to a country, or a notice about it; the same names as in the database and in JSON. */
    public enum Kind { ALERT, CORRECTION, RECALL }

    /** Where the alert's receipt stands; the same names as in the database and in JSON. */
    public enum Status { DISPATCHED, DELIVERED, ACKNOWLEDGED, OVERDUE, ESCALATED }
}
