package eu.cyberplan.contactpoints.account;

import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

/** {@code /api/v1/countries/{cc}/security}: a country's administrators see and set whether all its accounts need MFA. */
@Controller("/api/v1/countries/{cc}/security")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(AccountRoles.COUNTRY_ADMIN)
public class CountrySecurityController {

    @Serdeable
    public record CountrySecurity(@Nullable Boolean mfaRequired) {
    }

    private final Accounts accounts;
    private final CountryScope scope;

    public CountrySecurityController(Accounts accounts, CountryScope scope) {
        this.accounts = accounts;
        this.scope = scope;
    }

    @Get
    public CountrySecurity get(Authentication authentication, @PathVariable String cc) {
        return new CountrySecurity(accounts.mfaRequired(Caller.of(authentication), scope.existing(cc)));
    }

    @Put
    public CountrySecurity set(Authentication authentication, @PathVariable String cc, @Nullable @Body CountrySecurity body) {
        String code = scope.existing(cc);
        if (body == null || body.mfaRequired() == null) {
            throw ProblemException.invalid("mfaRequired", "must be true or false");
        }
        accounts.requireMfa(Caller.of(authentication), code, body.mfaRequired());
        return body;
    }
}
