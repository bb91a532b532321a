package eu.cyberplan.contactpoints.readiness;

import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** Readiness per country (DESIGN §9): coordinators and auditors see every country, anyone else their own. */
@Controller("/api/v1/readiness")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ReadinessController {

    private final Readiness readiness;

    public ReadinessController(Readiness readiness) {
        this.readiness = readiness;
    }

    @Get
    public Page<ReadinessView> readiness(Authentication authentication) {
        return readiness.of(Caller.of(authentication));
    }
}
