package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.IncidentReportSubmitted;
import eu.cyberplan.events.v1.IncidentReported;
import eu.cyberplan.events.v1.IncidentUpdated;

import java.util.List;
import java.util.UUID;

/**
 * What deciding on a case takes from an incident's event: at filing ({@code incident.reported}), or later, when a
 * correction or a report changes the facts of an incident that opened no case (DESIGN §14: a case opens when the facts
 * arrive). A report names no recipients, and only a filing carries an exercise's time compression.
 */
public record OpeningFacts(UUID incidentId, String reference, String reporterCountry, String title, String severity, String tlp,
                           List<String> affectedCountries, boolean crossBorder, List<String> recipients, boolean significant,
                           String mode, UUID exerciseId, Integer exerciseCompression) {

    public OpeningFacts {
        affectedCountries = affectedCountries == null ? List.of() : List.copyOf(affectedCountries);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    static OpeningFacts of(IncidentReported i) {
        return new OpeningFacts(i.incidentId(), i.reference(), i.reporterCountry(), i.title(), i.severity(), i.tlp(), i.affectedCountries(),
                i.crossBorder(), i.recipients(), i.significant(), i.mode(), i.exerciseId(), i.exerciseCompression());
    }

    static OpeningFacts of(IncidentUpdated u) {
        return new OpeningFacts(u.incidentId(), u.reference(), u.reporterCountry(), u.title(), u.severity(), u.tlp(), u.affectedCountries(),
                u.crossBorder(), u.recipients(), u.significant(), u.mode(), u.exerciseId(), null);
    }

    static OpeningFacts of(IncidentReportSubmitted r) {
        return new OpeningFacts(r.incidentId(), r.reference(), r.reporterCountry(), r.title(), r.severity(), r.tlp(), r.affectedCountries(),
                r.crossBorder(), List.of(), r.significant(), r.mode(), r.exerciseId(), null);
    }
}
