package eu.cyberplan.contactpoints.login;

import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.validation.Valid;

/** {@code POST /api/v1/login} (anonymous): a password, and the second factor when the account has one. */
@Controller("/api/v1/login")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class LoginController {

    private final Logins logins;
    private final Sessions sessions;
    private final TokenIssuer issuer;

    public LoginController(Logins logins, Sessions sessions, TokenIssuer issuer) {
        this.logins = logins;
        this.sessions = sessions;
        this.issuer = issuer;
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public AccessRefreshToken login(HttpRequest<?> request, @Valid @Nullable @Body Credentials credentials) {
        Credentials given = credentials == null ? new Credentials(null, null, null) : credentials;
        // A request without the fields is malformed, not a failed login: it says nothing about an account.
        if (given.username() == null || given.username().isBlank()) {
            throw ProblemException.invalid("username", "must be given");
        }
        if (given.password() == null) {
            throw ProblemException.invalid("password", "must be given");
        }
        Authentication authentication = logins.authenticate(given.username(), given.password(), given.otp(), ClientAddress.of(request));
        return issuer.issue(authentication, sessions.start(authentication.getName()));
    }
}
