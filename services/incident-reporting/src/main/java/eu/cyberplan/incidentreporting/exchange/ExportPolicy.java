package eu.cyberplan.incidentreporting.exchange;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;

/**
 * Which incidents may leave CyberPlan as STIX or MISP, and to whom (DESIGN §8). It applies after the read rules
 * ({@code ReadPolicy}): AMBER+STRICT is never exported (no onward forwarding); RED only to the reporter's country and
 * the recipients it named (coordinators only when {@code EU} is named).
 */
public final class ExportPolicy {

    private ExportPolicy() {
    }

    /** Whether an incident with this marking may be exported at all. */
    public static boolean exportable(Tlp tlp) {
        return tlp != Tlp.AMBER_STRICT;
    }

    /** Whether this caller, who may already read the incident, may also take it away as a file. */
    public static boolean mayExport(Caller caller, Incident incident) {
        if (!exportable(incident.tlp())) {
            return false;
        }
        if (incident.tlp() != Tlp.RED) {
            return true;
        }
        boolean named = incident.recipients() != null && incident.recipients().contains(caller.country());
        return caller.belongsTo(incident.reporterCountry()) || named;
    }

    /** Guards the exporters themselves, so no code path can write an AMBER+STRICT incident to a file. */
    static void requireExportable(Incident incident) {
        if (!exportable(incident.tlp())) {
            throw ProblemException.conflict("TLP:AMBER+STRICT incident " + incident.reference() + " is not exported: no onward forwarding");
        }
    }
}
