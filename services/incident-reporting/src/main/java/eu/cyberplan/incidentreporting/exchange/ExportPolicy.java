package eu.cyberplan.incidentreporting.exchange;

import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.sharing.Reader;
import eu.cyberplan.platform.sharing.TlpSharing;

/**
 * Export through {@link TlpSharing} (DESIGN §8): AMBER+STRICT never leaves as a file (no onward forwarding); RED only to
 * its reporter's country, the recipients it named and, when {@code EU} is named, the coordinators.
 */
public final class ExportPolicy {

    private ExportPolicy() {
    }

    /** Whether an incident with this marking may be exported at all. */
    public static boolean exportable(Tlp tlp) {
        return TlpSharing.exportable(tlp);
    }

    /** Whether this reader may take the incident away as a file. */
    public static boolean mayExport(Reader reader, Incident incident) {
        return TlpSharing.mayExport(incident.tlp(), reader);
    }

    /** Guards the exporters themselves, so no code path can write an AMBER+STRICT incident to a file. */
    static void requireExportable(Incident incident) {
        if (!exportable(incident.tlp())) {
            throw ProblemException.conflict("TLP:AMBER+STRICT incident " + incident.reference() + " is not exported: no onward forwarding");
        }
    }
}
