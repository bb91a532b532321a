package eu.cyberplan.escalation;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** escalation: the common European emergency protocol between national contact points. */
@OpenAPIDefinition(info = @Info(title = "escalation", version = "v1", description = "CyberPlan escalation: the European emergency protocol"))
public final class EscalationApplication {

    private EscalationApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(EscalationApplication.class, args);
    }
}
