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

/** {@code PATCH /api/v1/accounts/{username}}: what is given changes, what is absent stays. */
@Serdeable
public record AccountPatch(@Nullable @Size(max = 20) List<@NotNull @Size(max = 40) String> roles, @Nullable Boolean enabled,
                           @Nullable @Size(max = 200) @SingleLine String displayName, @Nullable @Size(max = 254) @SingleLine String email) {

    public void check() {
        List<FieldError> errors = new ArrayList<>();
        if (roles != null && roles.isEmpty()) {
            errors.add(new FieldError("roles", "must name at least one role (disable the account instead)"));
        }
        if (displayName != null && displayName.isBlank()) {
            errors.add(new FieldError("displayName", "must not be blank"));
        }
        if (email != null && !email.matches(AccountRequest.EMAIL)) {
            errors.add(new FieldError("email", "is no e-mail address"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
