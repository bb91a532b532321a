package eu.cyberplan.contactpoints.account;

import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/v1/accounts}: the person, their country and roles; never a password. */
@Serdeable
public record AccountRequest(@Nullable @Size(max = 64) @SingleLine String username, @Nullable @Size(max = 200) @SingleLine String displayName,
                             @Nullable @Size(max = 254) @SingleLine String email, @Nullable @Size(max = 2) String country,
                             @Nullable @Size(max = 20) List<@NotNull @Size(max = 40) String> roles) {

    static final String USERNAME = "[a-z0-9._-]{1,64}";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /** 422 naming every field that is missing or malformed. */
    public void check() {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !username.matches(USERNAME) || username.startsWith("svc.")) {
            errors.add(new FieldError("username", "lower-case letters, digits, '.', '_' and '-' only, at most 64, not svc.*"));
        }
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "must be given"));
        }
        if (email != null && !email.matches(EMAIL)) {
            errors.add(new FieldError("email", "is no e-mail address"));
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            errors.add(new FieldError("country", "must be a country code such as EE, or EU"));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "must name at least one role"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
