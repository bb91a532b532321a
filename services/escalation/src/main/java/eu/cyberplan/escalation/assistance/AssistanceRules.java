package eu.cyberplan.escalation.assistance;

import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assistance between countries (DESIGN §5.9), as rules: a request names its kind and what it needs; another country
 * offers while the request is open (a country does not offer to itself); the requesting country decides each offer
 * once, with a reason to decline; an accepted offer meets the request, which takes no more offers.
 */
public final class AssistanceRules {

    public static final List<String> KINDS = List.of("CONTAINMENT", "REPAIR", "FORENSICS", "COORDINATION", "OTHER");
    public static final String OPEN = "OPEN";
    public static final String ACCEPTED = "ACCEPTED";

    private AssistanceRules() {
    }

    /** The countries a requester names to be asked: member countries, each once, never itself. */
    public static List<FieldError> asked(List<String> countries, String requester) {
        List<FieldError> errors = new ArrayList<>();
        if (countries == null) {
            return errors;
        }
        for (int i = 0; i < countries.size(); i++) {
            String country = countries.get(i);
            if (country == null || !CountryCodes.isMember(country)) {
                errors.add(new FieldError("countries[" + i + "]", "must be the code of a member country (EU or EEA)"));
            } else if (country.equals(requester)) {
                errors.add(new FieldError("countries[" + i + "]", "a country does not ask itself"));
            } else if (countries.subList(0, i).contains(country)) {
                errors.add(new FieldError("countries[" + i + "]", country + " is named twice"));
            }
        }
        return errors;
    }

    public static List<FieldError> request(String kind, String needs, Instant neededBy, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null || !KINDS.contains(kind)) {
            errors.add(new FieldError("kind", "must be one of " + KINDS));
        }
        if (needs == null || needs.isBlank()) {
            errors.add(new FieldError("needs", "say what is needed"));
        }
        if (neededBy != null && !neededBy.isAfter(now)) {
            errors.add(new FieldError("neededBy", "must be in the future"));
        }
        return errors;
    }

    /** Why a country may not offer now: 422 for offering to itself (a field), 409 for a request already met. */
    public static Optional<FieldError> offerRefusedField(String offeringCountry, String requestingCountry) {
        return offeringCountry.equals(requestingCountry)
                ? Optional.of(new FieldError("country", requestingCountry + " asked for this assistance and cannot offer it to itself"))
                : Optional.empty();
    }

    public static Optional<String> offerConflict(String requestStatus) {
        return OPEN.equals(requestStatus) ? Optional.empty() : Optional.of("the request was met by an accepted offer");
    }

    /** A decision on an offer: 409 when decided before, 422 for a decline without a reason. */
    public static Optional<String> decisionConflict(String earlierDecision) {
        return earlierDecision == null ? Optional.empty() : Optional.of("the offer was " + earlierDecision.toLowerCase() + " already");
    }

    public static List<FieldError> decision(Boolean accepted, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (accepted == null) {
            errors.add(new FieldError("accepted", "true to accept the offer, false to decline it"));
        } else if (!accepted && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "a declined offer needs a reason"));
        }
        return errors;
    }
}
