package eu.cyberplan.escalation.nationalplan;

import java.time.Instant;
import java.time.ZoneOffset;

/** A national plan is current when it was approved within the last 12 months (the contingency plan is reviewed yearly). */
public final class PlanCurrency {

    public static final int MAX_AGE_MONTHS = 12;

    private PlanCurrency() {
    }

    public static boolean current(Instant approvedAt, Instant now) {
        return approvedAt != null && !approvedAt.isBefore(now.atZone(ZoneOffset.UTC).minusMonths(MAX_AGE_MONTHS).toInstant());
    }
}
