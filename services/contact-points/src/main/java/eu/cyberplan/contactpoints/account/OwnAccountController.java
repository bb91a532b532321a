package eu.cyberplan.contactpoints.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * What a person does with their own account: set the first password through the setup link (anonymous), change it,
 * and enrol an authenticator app, either logged in or with the enrolment ticket a login gave them (anonymous).
 */
@Controller("/api/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OwnAccountController {

    @Serdeable
    public record Setup(@Nullable @Size(max = 200) String setupToken, @Nullable @Size(max = 1000) String password) {
    }

    @Serdeable
    public record PasswordChange(@Nullable @Size(max = 1000) String current, @Nullable @Size(max = 1000) String password) {
    }

    @Serdeable
    public record Proof(@Nullable @Size(max = 1000) String current, @Nullable @Size(max = 20) String code) {
    }

    @Serdeable
    public record Code(@Nullable @Size(max = 200) String enrolmentToken, @Nullable @Size(max = 20) String code) {
    }

    private final AccountSetup setup;
    private final TotpEnrolment totp;
    private final EnrolmentTickets enrolment;

    public OwnAccountController(AccountSetup setup, TotpEnrolment totp, EnrolmentTickets enrolment) {
        this.setup = setup;
        this.totp = totp;
        this.enrolment = enrolment;
    }

    @Post("/setup")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Map<String, String> setUp(@Nullable @Body Setup body) {
        setup.setUp(body == null ? null : body.setupToken(), body == null ? null : body.password());
        return Map.of("status", "password set: log in with it");
    }

    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<Void> changePassword(Authentication authentication, @Nullable @Body PasswordChange body) {
        setup.change(authentication.getName(), body == null ? null : body.current(), body == null ? null : body.password());
        return HttpResponse.noContent();
    }

    /** {@code current} and {@code code} are needed only to replace an authenticator in force. */
    @Post("/me/totp")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public TotpEnrolment.Enrolment enrol(Authentication authentication, @Nullable @Body Proof body) {
        return totp.start(authentication.getName(), body == null ? null : body.current(), body == null ? null : body.code());
    }

    @Post("/me/totp/confirm")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public TotpEnrolment.Confirmation confirm(Authentication authentication, @Nullable @Body Code body) {
        return totp.confirm(authentication.getName(), body == null ? null : body.code());
    }

    /** The enrolment a login asked for, with its ticket in place of a session. */
    @Post("/enrolment/totp")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public TotpEnrolment.Enrolment enrolWithTicket(@Nullable @Body Code body) {
        return totp.startWithTicket(enrolment.holder(body));
    }

    @Post("/enrolment/totp/confirm")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public TotpEnrolment.Confirmation confirmWithTicket(@Nullable @Body Code body) {
        TotpEnrolment.Confirmation confirmation = totp.confirm(enrolment.holder(body), body.code());
        enrolment.spend(body);
        return confirmation;
    }
}
