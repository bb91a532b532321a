package eu.cyberplan.contactpoints.comcheck;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/comchecks}: the countries to check (absent: every member) and, optionally, how many
 * minutes they have to answer.
 */
@Serdeable
public record ComcheckRequest(@Nullable @Size(max = 60) List<@NotNull @Size(max = 8) @SingleLine String> countries, @Nullable Integer answerWithinMinutes) {

    static final int MAX_ANSWER_WITHIN_MINUTES = 24 * 60;

    /** The stored codes of the countries to check, in the order given; a country named twice (EL and GR) is asked once. */
    List<String> countriesOf(Set<String> plan) {
        if (countries == null) {
            return CountryCodes.MEMBERS;
        }
        if (countries.isEmpty()) {
            throw ProblemException.invalid("countries", "must name at least one country, or be left out to check every member");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < countries.size(); i++) {
            String field = "countries[" + i + "]";
            Optional<String> code = CountryCodes.normalise(countries.get(i));
            if (code.isEmpty()) {
                errors.add(new FieldError(field, "unknown country code '" + countries.get(i) + "' (ISO 3166-1 alpha-2; EL for Greece)"));
            } else if (!plan.contains(code.get())) {
                errors.add(new FieldError(field, code.get() + " is not a country of the plan"));
            } else {
                codes.add(code.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return List.copyOf(codes);
    }

    /** How long the countries have to answer: as asked, or the configured default. */
    Duration answerWithin(Duration byDefault) {
        if (answerWithinMinutes == null) {
            return byDefault;
        }
        if (answerWithinMinutes < 1 || answerWithinMinutes > MAX_ANSWER_WITHIN_MINUTES) {
            throw ProblemException.invalid("answerWithinMinutes", "must be from 1 to " + MAX_ANSWER_WITHIN_MINUTES + " minutes");
        }
        return Duration.ofMinutes(answerWithinMinutes);
    }
}
