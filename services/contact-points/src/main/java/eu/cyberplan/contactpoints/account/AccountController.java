package eu.cyberplan.contactpoints.account;

import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.net.URI;

/**
 * Accounts as administrators manage them (DESIGN §12): list, read, create with a setup link, change or disable, and
 * recover: reset the second factor, send a new setup link.
 */
@Controller("/api/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({AccountRoles.COUNTRY_ADMIN, AccountRoles.ADMIN})
public class AccountController {

    private final Accounts accounts;
    private final AccountRecovery recovery;
    private final CountryScope scope;

    public AccountController(Accounts accounts, AccountRecovery recovery, CountryScope scope) {
        this.accounts = accounts;
        this.recovery = recovery;
        this.scope = scope;
    }

    @Get
    public Page<Account> list(Authentication authentication) {
        return Page.all(accounts.visibleTo(Caller.of(authentication)));
    }

    @Get("/{username}")
    public Account get(Authentication authentication, @PathVariable String username) {
        return accounts.get(Caller.of(authentication), username);
    }

    @Post
    public HttpResponse<Accounts.Created> create(Authentication authentication, @Valid @Nullable @Body AccountRequest request) {
        if (request == null) {
            throw ProblemException.invalid("username", "must be given");
        }
        request.check();
        if (!Caller.EU.equals(request.country())) {
            scope.existing(request.country());
        }
        Accounts.Created created = accounts.create(Caller.of(authentication), request);
        return HttpResponse.created(created, URI.create("/api/v1/accounts/" + created.account().username()));
    }

    @Patch("/{username}")
    public Account change(Authentication authentication, @PathVariable String username, @Valid @Nullable @Body AccountPatch patch) {
        if (patch == null) {
            throw ProblemException.invalid("roles", "nothing to change");
        }
        patch.check();
        return accounts.change(Caller.of(authentication), username, patch);
    }

    /** The person lost their authenticator: it and the recovery codes go, the sessions end, and they enrol again. */
    @Delete("/{username}/totp")
    public Account resetSecondFactor(Authentication authentication, @PathVariable String username) {
        return recovery.resetSecondFactor(Caller.of(authentication), username);
    }

    /** A new single-use setup link for an existing account (a lost password, or a link that expired unused). */
    @Post("/{username}/setup-token")
    public Accounts.Created newSetupLink(Authentication authentication, @PathVariable String username) {
        return recovery.newSetupLink(Caller.of(authentication), username);
    }
}
