package eu.cyberplan.exercises.lesson;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Lessons learned, as rules: a lesson is about one country taking part in the exercise and says what was learnt
 * (optionally naming a plan step and an RSIT class of the taxonomy). The planners and coordinators write lessons for any
 * country; a country's own people (NCP, duty officer, plan owner) for their country only; nobody else writes any.
 */
public final class LessonRules {

    private LessonRules() {
    }

    /** Why the caller may not write a lesson about {@code country}, or empty. */
    public static Optional<String> refusal(Caller caller, String country) {
        if (caller.hasAnyRole(Roles.EXERCISE_PLANNER, Roles.COORDINATOR)) {
            return Optional.empty();
        }
        if (!caller.hasAnyRole(Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER)) {
            return Optional.of("lessons are written by the planners, the coordinators and each country's own people");
        }
        return caller.belongsTo(country) ? Optional.empty()
                : Optional.of("a lesson about " + country + " is written by its own people or the planners; you belong to " + caller.country());
    }

    /** The errors of a lesson about to be recorded ({@code country} required) or edited ({@code editing}: no country). */
    public static List<FieldError> check(LessonBody body, Collection<String> exerciseCountries, Collection<String> rsitClasses, boolean editing) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            errors.add(new FieldError("text", "say what was learnt"));
            return errors;
        }
        if (editing && body.country() != null) {
            errors.add(new FieldError("country", "a lesson stays about its country: record a new one for another"));
        } else if (!editing && (body.country() == null || !exerciseCountries.contains(body.country()))) {
            errors.add(new FieldError("country", "must be a country taking part in the exercise: " + exerciseCountries));
        }
        if (body.text() == null || body.text().isBlank()) {
            errors.add(new FieldError("text", "say what was learnt"));
        }
        if (body.planStepId() != null && body.planStepId().isBlank()) {
            errors.add(new FieldError("planStepId", "leave it out, or name a step of the country's plan"));
        }
        if (body.rsitClass() != null && !rsitClasses.contains(body.rsitClass())) {
            errors.add(new FieldError("rsitClass", "must be an RSIT class: " + rsitClasses));
        }
        return errors;
    }
}
