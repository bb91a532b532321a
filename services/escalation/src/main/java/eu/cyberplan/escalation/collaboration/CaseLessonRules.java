package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A lesson learnt on a case, as rules: about one country taking part in it (alerted, asked for assistance, or reporting),
 * saying what was learnt; written by the coordinators about any of them, and by a country's own people (NCP, duty
 * officer, plan owner) about their own only.
 */
public final class CaseLessonRules {

    private CaseLessonRules() {
    }

    public static Optional<String> refusal(Caller caller, String country) {
        if (caller.hasRole(Roles.COORDINATOR)) {
            return Optional.empty();
        }
        if (!caller.hasAnyRole(Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER)) {
            return Optional.of("lessons of a case are written by the coordinators and each country's own people");
        }
        return caller.belongsTo(country) ? Optional.empty()
                : Optional.of("a lesson about " + country + " is written by its own people or the coordinators; you belong to " + caller.country());
    }

    public static List<FieldError> check(CaseLessonBody body, Collection<String> parties, Collection<String> rsitClasses) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.country() == null || !parties.contains(body.country())) {
            errors.add(new FieldError("country", "must be a country taking part in the case: " + parties));
        }
        if (body == null || body.text() == null || body.text().isBlank()) {
            errors.add(new FieldError("text", "say what was learnt"));
        }
        if (body != null && body.rsitClass() != null && !rsitClasses.contains(body.rsitClass())) {
            errors.add(new FieldError("rsitClass", "must be an RSIT class: " + rsitClasses));
        }
        return errors;
    }
}
