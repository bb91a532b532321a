package eu.cyberplan.escalation.plan;

import eu.cyberplan.escalation.nationalplan.NationalPlanStatuses;
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

/** The European plan: everyone reads the version in force and the national plans' status; a coordinator makes the next version. */
@Controller("/api/v1/plan")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanController {

    private final Plans plans;
    private final NationalPlanStatuses nationalPlans;

    public PlanController(Plans plans, NationalPlanStatuses nationalPlans) {
        this.plans = plans;
        this.nationalPlans = nationalPlans;
    }

    /** The plan in force, with each member country's national plan: approved or not, current (approved within 12 months) or not. */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public EuropeanPlanView current() {
        return new EuropeanPlanView(plans.current(), nationalPlans.all());
    }

    @Put
    @Secured(Roles.COORDINATOR)
    public ProtocolPlan change(Authentication authentication, @Valid @Body PlanChange change) {
        return plans.change(Caller.of(authentication), change);
    }
}
