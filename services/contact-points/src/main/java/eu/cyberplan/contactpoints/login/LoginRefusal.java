package eu.cyberplan.contactpoints.login;

import io.micronaut.http.HttpStatus;

import java.time.Duration;
import java.util.Map;

/**
 * A refused login, answered as problem+json with the members a client acts on: {@code mfaRequired},
 * {@code mfaEnrolmentRequired} with its {@code enrolmentToken}, or a {@code Retry-After} header.
 */
public class LoginRefusal extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, Object> members;
    private final Duration retryAfter;

    private LoginRefusal(HttpStatus status, String detail, Map<String, Object> members, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.members = members;
        this.retryAfter = retryAfter;
    }

    /** The same answer for an unknown username, a wrong password and a disabled account: nothing to enumerate. */
    static LoginRefusal badCredentials() {
        return new LoginRefusal(HttpStatus.UNAUTHORIZED, "username or password is wrong", Map.of(), null);
    }

    static LoginRefusal mfaRequired(boolean wrongCode) {
        return new LoginRefusal(HttpStatus.UNAUTHORIZED, wrongCode ? "otp: is not the authenticator's code (or was used already)"
                : "otp: this account needs the code of its authenticator app (or a recovery code)", Map.of("mfaRequired", true), null);
    }

    static LoginRefusal mfaEnrolmentRequired(String enrolmentToken) {
        return new LoginRefusal(HttpStatus.UNAUTHORIZED, "your country requires a second factor: set up your authenticator app with "
                + "enrolmentToken at POST /api/v1/accounts/enrolment/totp, confirm it, then log in with the code",
                Map.of("mfaRequired", true, "mfaEnrolmentRequired", true, "enrolmentToken", enrolmentToken), null);
    }

    public static LoginRefusal throttled(Duration retryAfter) {
        return new LoginRefusal(HttpStatus.TOO_MANY_REQUESTS, "too many failed logins: try again in " + retryAfter.toSeconds() + " s",
                Map.of(), retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> members() {
        return members;
    }

    /** Null unless the caller must wait. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
