package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;

import java.util.Set;

/**
 * Who may read an incident, by its TLP 2.0 marking (DESIGN §8). {@code alerted} are the countries the
 * emergency protocol alerted for it; {@code named} the recipients the reporter named.
 */
public final class ReadPolicy {

    private ReadPolicy() {
    }

    public static boolean mayRead(Caller caller, Tlp tlp, String reporterCountry, Set<String> alerted, Set<String> named) {
        boolean reporter = caller.belongsTo(reporterCountry);
        boolean coordinator = caller.hasRole(Roles.COORDINATOR);
        boolean namedEu = caller.isEuLevel() && named.contains(Caller.EU);
        return switch (tlp) {
            case CLEAR, GREEN -> true;
            case AMBER -> reporter || alerted.contains(caller.country()) || coordinator;
            case AMBER_STRICT -> (reporter || alerted.contains(caller.country()))
                    && caller.hasAnyRole(Roles.DUTY_OFFICER, Roles.NCP, Roles.EXERCISE_CONTROL)
                    || coordinator && namedEu;
            case RED -> reporter || named.contains(caller.country()) || coordinator && namedEu;
        };
    }
}
