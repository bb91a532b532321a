package eu.cyberplan.platform.audit;

import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

/**
 * The service's audit trail (DESIGN §13), in every service: auditors and coordinators read every entry, a country's
 * duty officer the entries of that country; only auditors and coordinators verify the chain.
 */
@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private final AuditLog log;

    public AuditController(AuditLog log) {
        this.log = log;
    }

    /** Entries newest first; query values are taken as text so that a bad one is a 422 naming it, not a 400. */
    @Get("{?actor,targetId,action,from,to,page,size}")
    @Secured({Roles.AUDITOR, Roles.COORDINATOR, Roles.DUTY_OFFICER})
    public Page<AuditItem> list(Authentication authentication, @Nullable @QueryValue String actor, @Nullable @QueryValue String targetId,
                                @Nullable @QueryValue String action, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @Nullable @QueryValue String page, @Nullable @QueryValue String size) {
        AuditFilter filter = AuditFilter.parse(actor, targetId, action, from, to, page, size);
        Caller caller = Caller.of(authentication);
        return log.page(caller.hasAnyRole(Roles.AUDITOR, Roles.COORDINATOR) ? filter : filter.limitedTo(caller.country()));
    }

    @Get("/verify")
    @Secured({Roles.AUDITOR, Roles.COORDINATOR})
    public Verdict verify() {
        return log.verify();
    }
}
