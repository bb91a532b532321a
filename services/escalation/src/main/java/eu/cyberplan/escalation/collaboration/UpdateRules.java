package eu.cyberplan.escalation.collaboration;

import eu.cyberplan.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A case update, as rules: a status of {@link CountryStatus}, a text, or both; the coordinators ({@code EU}) keep no
 * status of their own and post text only. A country may move between statuses freely (a recovered country can be hit
 * again), and may repeat its status to say something new.
 */
public final class UpdateRules {

    public static final String EU = "EU";

    private UpdateRules() {
    }

    public static List<FieldError> check(UpdateBody body, String country) {
        List<FieldError> errors = new ArrayList<>();
        String status = body == null ? null : body.status();
        String text = body == null ? null : body.text();
        if (status == null && (text == null || text.isBlank())) {
            errors.add(new FieldError("status", "give a status " + Arrays.toString(CountryStatus.values()) + ", a text, or both"));
            return errors;
        }
        if (status != null && EU.equals(country)) {
            errors.add(new FieldError("status", "the coordinators (EU) keep no status of their own on a case: post a text"));
        } else if (status != null && Arrays.stream(CountryStatus.values()).noneMatch(s -> s.name().equals(status))) {
            errors.add(new FieldError("status", "must be one of " + Arrays.toString(CountryStatus.values())));
        }
        if (text != null && !text.isEmpty() && text.isBlank()) {
            errors.add(new FieldError("text", "must not be blank: leave it out to post a status alone"));
        }
        return errors;
    }
}
