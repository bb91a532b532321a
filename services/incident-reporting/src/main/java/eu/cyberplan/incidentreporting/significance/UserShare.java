package eu.cyberplan.incidentreporting.significance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A threshold of "more than p % of the users in the Union or more than n users, whichever is smaller" (Arts 7, 9–14):
 * the smaller of the two when the service's users are known, else n alone (and the criterion says so).
 */
record UserShare(BigDecimal percent, long absolute) {

    static UserShare of(String percent, long absolute) {
        return new UserShare(new BigDecimal(percent), absolute);
    }

    Criterion check(String id, Long affected, Long unionUsers, String what) {
        BigDecimal limit = limit(unionUsers);
        boolean met = affected != null && BigDecimal.valueOf(affected).compareTo(limit) > 0;
        String basis = unionUsers == null ? "users in the Union not given, so " + absolute
                : "min(" + percent.stripTrailingZeros().toPlainString() + " % of " + unionUsers + ", " + absolute + ") = " + limit.stripTrailingZeros().toPlainString();
        return new Criterion(id, met, affected == null ? null : affected + " users", what + ": more than " + basis + " users");
    }

    private BigDecimal limit(Long unionUsers) {
        BigDecimal absoluteLimit = BigDecimal.valueOf(absolute);
        if (unionUsers == null) {
            return absoluteLimit;
        }
        BigDecimal share = BigDecimal.valueOf(unionUsers).multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return share.min(absoluteLimit);
    }
}
