package eu.cyberplan.escalation.protocol;

import eu.cyberplan.platform.country.CountryCodes;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;


/** The routing of the European plan over the member countries; the rest of the plan is versioned ({@code plan.Plans}). */
@Factory
public class ProtocolPlanFactory {

    @Singleton
    AlertRouting routing() {
        return new AlertRouting(CountryCodes.MEMBERS);
    }
}
