package eu.cyberplan.incidentreporting;

import io.micronaut.runtime.Micronaut;

/** incident-reporting: where a CSIRT files and maintains its incidents (NIS2 reports). */
public final class IncidentReportingApplication {

    private IncidentReportingApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(IncidentReportingApplication.class, args);
    }
}
