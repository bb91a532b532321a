package eu.cyberplan.contactpoints;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** contact-points: the national side of the protocol — directory, login, inboxes and acknowledgements. */
@OpenAPIDefinition(info = @Info(title = "contact-points", version = "v1", description = "CyberPlan contact-points: directory, login, inboxes and acknowledgements"))
public final class ContactPointsApplication {

    private ContactPointsApplication() {
    }

    public static void main(String[] args) {
        Micronaut micronaut = Micronaut.build(args).mainClass(ContactPointsApplication.class);
        if ("true".equalsIgnoreCase(System.getenv("CYBERPLAN_DEMO"))) {
            micronaut.environments("demo");
        }
        micronaut.start();
    }
}
