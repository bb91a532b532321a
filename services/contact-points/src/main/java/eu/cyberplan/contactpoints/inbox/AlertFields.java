package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.AlertCorrected;
import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.AlertOverdue;
import eu.cyberplan.events.v1.AlertRecalled;

import java.util.Arrays;
import java.util.Objects;

/** What an alert event must carry to land in an inbox (its JSON Schema's required fields): the rest may be absent. */
final class AlertFields {

    private AlertFields() {
    }

    static boolean complete(AlertDispatched a) {
        return present(a.alertId(), a.country(), a.kind(), a.severity(), a.tlp(), a.mode(), a.dispatchedAt(), a.ackDeadline());
    }

    static boolean complete(AlertCorrected a) {
        return present(a.alertId(), a.correctsAlertId(), a.country(), a.severity(), a.tlp(), a.mode(), a.dispatchedAt(), a.ackDeadline());
    }

    static boolean complete(AlertRecalled a) {
        return present(a.alertId(), a.recallsAlertId(), a.country(), a.severity(), a.tlp(), a.mode(), a.dispatchedAt(), a.ackDeadline());
    }

    static boolean complete(AlertOverdue a) {
        return present(a.alertId(), a.missedDeadline(), a.ackDeadline());
    }

    private static boolean present(Object... fields) {
        return Arrays.stream(fields).allMatch(Objects::nonNull);
    }
}
