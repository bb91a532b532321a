package eu.cyberplan.contactpoints.login;

import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/login}: {@code otp} is the authenticator's code or a recovery code, once the account has MFA. */
@Serdeable
public record Credentials(@Nullable @Size(max = 200) @SingleLine String username, @Nullable @Size(max = 1000) String password,
                          @Nullable @Size(max = 20) @SingleLine String otp) {
}
