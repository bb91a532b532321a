package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.platform.sharing.TlpSharing;
import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import jakarta.inject.Singleton;


/**
 * Records in the audit trail who read or exported an incident marked AMBER+STRICT or RED (DESIGN §13), once the read
 * was allowed; the entry belongs to the reporter's country, so its duty officers see who read their incident.
 * Reads of CLEAR, GREEN and AMBER content are not recorded.
 */
@Singleton
public class SensitiveReads {

    private final AuditTrail audit;

    public SensitiveReads(AuditTrail audit) {
        this.audit = audit;
    }

    /** {@code part}: what of the incident was read ({@code incident}, {@code versions}, or an export format). */
    public void read(Incident incident, String action, String part) {
        if (TlpSharing.readAudited(incident.tlp())) {
            audit.recordAlone(AuditRecord.of(action, "incident", incident.id(), incident.reporterCountry())
                    .with("part", part).with("tlp", incident.tlp().label()).with("mode", incident.mode()));
        }
    }
}
