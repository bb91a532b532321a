package eu.cyberplan.escalation.plan;

import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** The European plan: everyone reads the version in force; a coordinator makes the next one. */
@Controller("/api/v1/plan")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanController {

    private final Plans plans;

    public PlanController(Plans plans) {
        this.plans = plans;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ProtocolPlan current() {
        return plans.current();
    }

    @Put
    @Secured(Roles.COORDINATOR)
    public ProtocolPlan change(Authentication authentication, @Valid @Body PlanChange change) {
        return plans.change(Caller.of(authentication), change);
    }
}
