package eu.cyberplan.escalation.assistance;

import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assistance between countries (DESIGN §5.9), as rules: a request names its kind and what it needs; another country
 * offers while the request is open (a country does not offer to itself); the requesting country decides each offer
 * once, with a reason to decline; an accepted offer meets the request, which takes no more offers.
 */
public final class AssistanceRules {

    /** Support from the EU Cybersecurity Reserve (Regulation (EU) 2025/38): asked of the coordinators, decided by them. */
    public static final String RESERVE = "EU_CYBERSECURITY_RESERVE";
    public static final List<String> KINDS = List.of("CONTAINMENT", "REPAIR", "FORENSICS", "COORDINATION", "OTHER", RESERVE);
    public static final String OPEN = "OPEN";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String ACTIVATED = "ACTIVATED";
    public static final String REFUSED = "REFUSED";
    /** The longest support a Reserve request may ask for at once; a longer need is asked again. */
    static final Duration LONGEST_RESERVE = Duration.ofDays(365);

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

    /**
     * A Reserve request says which entities are affected, where, and for how long support is expected (ISO 8601, from an
     * hour to a year); it goes to the coordinators, so it names no countries. Any other kind carries no Reserve part.
     */
    public static List<FieldError> reserve(String kind, AssistanceViews.Reserve reserve, List<String> countries) {
        List<FieldError> errors = new ArrayList<>();
        if (!RESERVE.equals(kind)) {
            if (reserve != null) {
                errors.add(new FieldError("reserve", "only a request of kind " + RESERVE + " has a reserve part"));
            }
            return errors;
        }
        if (countries != null && !countries.isEmpty()) {
            errors.add(new FieldError("countries", "a Reserve request goes to the coordinators (EU): it names no countries"));
        }
        if (reserve == null) {
            errors.add(new FieldError("reserve", "required for " + RESERVE + ": {\"entities\", \"locations\", \"expectedDuration\", \"mitigation\"?}"));
            return errors;
        }
        if (reserve.entities() == null || reserve.entities().isEmpty() || reserve.entities().stream().anyMatch(e -> e == null || e.isBlank())) {
            errors.add(new FieldError("reserve.entities", "name the entities affected (at least one, none blank)"));
        }
        if (reserve.locations() == null || reserve.locations().isEmpty() || reserve.locations().stream().anyMatch(l -> l == null || l.isBlank())) {
            errors.add(new FieldError("reserve.locations", "say where support is needed (at least one place, none blank)"));
        }
        String duration = reserve.expectedDuration();
        if (duration == null) {
            errors.add(new FieldError("reserve.expectedDuration", "required: how long support is expected, ISO 8601 like P14D or PT72H"));
        } else {
            try {
                Duration d = Duration.parse(duration);
                if (d.compareTo(Duration.ofHours(1)) < 0 || d.compareTo(LONGEST_RESERVE) > 0) {
                    errors.add(new FieldError("reserve.expectedDuration", "must be between PT1H and P365D"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("reserve.expectedDuration", "not an ISO 8601 duration: write P14D or PT72H"));
            }
        }
        return errors;
    }

    /** A Reserve decision: by the coordinators, once, with a reason to refuse; 409 for a request of another kind. */
    public static Optional<String> reserveDecisionConflict(String kind, String earlierDecision) {
        if (!RESERVE.equals(kind)) {
            return Optional.of("only a " + RESERVE + " request is decided by the coordinators; offers on this one are decided by its requester");
        }
        return earlierDecision == null ? Optional.empty() : Optional.of("the Reserve request was " + earlierDecision.toLowerCase() + " already");
    }

    public static List<FieldError> reserveDecision(Boolean activated, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (activated == null) {
            errors.add(new FieldError("activated", "true to activate the Reserve for this request, false to refuse it"));
        } else if (!activated && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "a refusal needs a reason"));
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

    /** Countries offer on every kind of request but the Reserve's, which the coordinators decide. */
    public static Optional<String> offerConflict(String kind, String requestStatus) {
        if (RESERVE.equals(kind)) {
            return Optional.of("a " + RESERVE + " request takes no offers: the coordinators decide it (POST …/reserve-decision)");
        }
        return offerConflict(requestStatus);
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
