package eu.cyberplan.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of the fault table: what was filed during the drill and what became of it.
 *
 * @param delivered    (incident, recipient) pairs with an ALERT inbox row, out of accepted × recipients
 * @param lost         pairs without one once the drain timeout was over
 * @param duplicated   inbox rows beyond the first per pair
 * @param recovery     from the end of the fault until every service was healthy and an incident filed after it had
 *                     reached every recipient's inbox; empty when that did not happen within the fault's timeout
 * @param clientErrors filings refused with a 4xx (a valid filing with a fresh token)
 * @param halfWritten  incidents recorded without their outbox event
 * @param failure      why the fault fails beyond the counts (the fault's own check), or null
 */
record DrillResult(String fault, long sent, long accepted, long expected, long delivered, long lost, long duplicated,
                   Optional<Duration> recovery, String serverErrors, long errorsOtherThanUnavailable, long unavailableWithoutRetryAfter,
                   String otherRefusals, long clientErrors, long halfWritten, String failure) {

    static DrillResult skipped(String fault, String why) {
        return new DrillResult(fault, 0, 0, 0, 0, 0, 0, Optional.empty(), "-", 0, 0, "-", 0, 0, "SKIPPED: " + why);
    }

    boolean skipped() {
        return failure != null && failure.startsWith("SKIPPED");
    }

    /** PASS, or FAILED with every reason; SKIPPED with why. */
    String verdict() {
        if (skipped()) {
            return failure;
        }
        List<String> reasons = new ArrayList<>();
        if (accepted == 0) {
            reasons.add("nothing accepted");
        }
        if (lost > 0) {
            reasons.add(lost + " lost");
        }
        if (duplicated > 0) {
            reasons.add(duplicated + " duplicated");
        }
        if (errorsOtherThanUnavailable > 0) {
            reasons.add("5xx other than 503");
        }
        if (unavailableWithoutRetryAfter > 0) {
            reasons.add("503 without Retry-After");
        }
        if (clientErrors > 0) {
            reasons.add(clientErrors + " refused with 4xx");
        }
        if (halfWritten > 0) {
            reasons.add(halfWritten + " half-written");
        }
        if (recovery.isEmpty()) {
            reasons.add("not delivering again");
        }
        if (failure != null) {
            reasons.add(failure);
        }
        return reasons.isEmpty() ? "PASS" : "FAILED: " + String.join(", ", reasons);
    }

    boolean passed() {
        return verdict().equals("PASS");
    }
}
