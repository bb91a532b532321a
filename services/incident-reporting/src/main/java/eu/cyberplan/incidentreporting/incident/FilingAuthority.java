package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;

/**
 * Who may file for whom (DESIGN §8): a duty officer files for their own country only; only the exercise control
 * service may file for another country or send exercise markings.
 */
public final class FilingAuthority {

    private FilingAuthority() {
    }

    /** The country the incident is filed for, or a 403 naming why the caller may not. */
    public static String reporterCountry(Caller caller, EarlyWarning warning) {
        boolean control = caller.hasRole(Roles.EXERCISE_CONTROL);
        if (!control && (warning.exerciseId() != null || warning.exerciseCompression() != null || warning.ofExercise())) {
            throw ProblemException.forbidden("only exercise control may file exercise incidents");
        }
        String requested = warning.reporterCountry() == null ? null : CountryCodes.normalise(warning.reporterCountry()).orElse(null);
        if (requested == null) {
            if (control || !CountryCodes.normalise(caller.country()).isPresent()) {
                throw ProblemException.invalid("reporterCountry", "is required: the caller has no country of its own");
            }
            return CountryCodes.normalise(caller.country()).orElseThrow();
        }
        if (!control && !requested.equals(CountryCodes.normalise(caller.country()).orElse(caller.country()))) {
            throw ProblemException.forbidden("a duty officer of " + caller.country() + " files for " + caller.country() + " only, not for " + requested);
        }
        return requested;
    }
}
