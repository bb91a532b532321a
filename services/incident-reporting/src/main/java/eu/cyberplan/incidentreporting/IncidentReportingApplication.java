package eu.cyberplan.incidentreporting;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** incident-reporting: where a CSIRT files and maintains its incidents (NIS2 reports). */
@OpenAPIDefinition(info = @Info(title = "incident-reporting", version = "v1", description = "CyberPlan incident-reporting: NIS2 incident reports"))
public final class IncidentReportingApplication {

    private IncidentReportingApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(IncidentReportingApplication.class, args);
    }
}
