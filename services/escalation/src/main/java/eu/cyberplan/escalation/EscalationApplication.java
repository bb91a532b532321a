package eu.cyberplan.escalation;

import io.micronaut.runtime.Micronaut;

/** escalation: the common European emergency protocol between national contact points. */
public final class EscalationApplication {

    private EscalationApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(EscalationApplication.class, args);
    }
}
