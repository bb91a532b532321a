package eu.cyberplan.contactpoints;

import io.micronaut.runtime.Micronaut;

/** contact-points: the national side of the protocol — directory, login, inboxes and acknowledgements. */
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
