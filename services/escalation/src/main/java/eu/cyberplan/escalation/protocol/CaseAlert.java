package eu.cyberplan.escalation.protocol;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One alert of a case with its receipt: DISPATCHED → DELIVERED → ACKNOWLEDGED, or OVERDUE → ESCALATED. */
@Serdeable
public record CaseAlert(UUID alertId, String country, String kind, String status, Instant dispatchedAt, Instant deliveredAt,
                        Instant acknowledgedAt, String acknowledgedBy, Instant ackDeadline) {

    public static final String ALERT = "ALERT";
    public static final String DISPATCHED = "DISPATCHED";
    public static final String DELIVERED = "DELIVERED";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    public static final String OVERDUE = "OVERDUE";
}
