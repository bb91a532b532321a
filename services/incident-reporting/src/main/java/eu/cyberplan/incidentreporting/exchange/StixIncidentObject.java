package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.incidentreporting.incident.Entity;
import eu.cyberplan.incidentreporting.incident.Impact;
import eu.cyberplan.incidentreporting.incident.Incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static eu.cyberplan.incidentreporting.exchange.StixObjects.putList;
import static eu.cyberplan.incidentreporting.exchange.StixObjects.putText;

/**
 * The {@code incident} SDO of an export. STIX 2.1's incident is a stub (name, description), so CyberPlan's
 * classification travels in {@code x_cyberplan_*} custom properties, which {@link StixImport} reads back, and as the
 * MISP machine tags in {@code labels}, which other tools understand. A top-level {@code severity} would be refused:
 * {@code core.json} reserves that name.
 */
final class StixIncidentObject {

    static final String PREFIX = "x_cyberplan_";
    /** Titles are stored bare; what leaves CyberPlan says it is a drill where any tool shows it, not only in {@code x_cyberplan_mode}. */
    static final String EXERCISE_PREFIX = "EXERCISE EXERCISE EXERCISE: ";

    private StixIncidentObject() {
    }

    static ObjectNode of(Incident incident, StixObjects common, boolean includePersonalData) {
        ObjectNode sdo = common.object("incident", StixIds.incident(incident.id()), incident.reportedAt(), incident.updatedAt());
        sdo.put("name", (incident.mode() == Mode.EXERCISE ? EXERCISE_PREFIX : "") + incident.title());
        putText(sdo, "description", incident.summary());
        putList(sdo, "labels", labels(incident));
        putText(sdo, PREFIX + "reference", incident.reference());
        putText(sdo, PREFIX + "reporter_country", incident.reporterCountry());
        sdo.put(PREFIX + "aware_at", StixObjects.timestamp(incident.awareAt()));
        sdo.put(PREFIX + "severity", incident.severity().name());
        sdo.put(PREFIX + "rsit_class", incident.rsitClass());
        sdo.put(PREFIX + "rsit_type", incident.rsitType());
        sdo.put(PREFIX + "tlp", incident.tlp().label());
        putText(sdo, PREFIX + "pap", incident.pap());
        putText(sdo, PREFIX + "stage", incident.stage());
        putText(sdo, PREFIX + "status", incident.status());
        putList(sdo, PREFIX + "affected_countries", incident.affectedCountries());
        sdo.put(PREFIX + "cross_border", incident.crossBorder());
        sdo.put(PREFIX + "suspected_malicious", incident.suspectedMalicious());
        putList(sdo, PREFIX + "sectors", incident.sectors());
        putList(sdo, PREFIX + "subsectors", incident.subsectors());
        putList(sdo, PREFIX + "recipients", incident.recipients());
        sdo.put(PREFIX + "mode", incident.mode().name());
        if (incident.exerciseId() != null) {
            sdo.put(PREFIX + "exercise_id", incident.exerciseId().toString());
        }
        putImpact(sdo, incident.impact());
        putEntity(sdo, incident.entity(), includePersonalData);
        if (includePersonalData) {
            putText(sdo, PREFIX + "reported_by", incident.reportedBy());
        }
        return sdo;
    }

    /** The MISP machine tags of the incident, exactly as the taxonomies spell them ({@code tlp:} lower case, {@code PAP:} upper). */
    static List<String> labels(Incident incident) {
        List<String> labels = new ArrayList<>();
        labels.add("tlp:" + incident.tlp().label().toLowerCase(Locale.ROOT));
        if (incident.pap() != null) {
            labels.add("PAP:" + incident.pap().toUpperCase(Locale.ROOT));
        }
        labels.add("rsit:" + incident.rsitClass() + "=\"" + incident.rsitType() + "\"");
        if (incident.sectors() != null) {
            incident.sectors().forEach(sector -> labels.add("nis2:impact-sectors-impacted=\"" + sector + "\""));
        }
        return labels;
    }

    private static void putImpact(ObjectNode sdo, Impact impact) {
        if (impact == null || impact.affectedUsers() == null && impact.durationMinutes() == null && impact.financialLossEur() == null) {
            return;
        }
        ObjectNode figures = sdo.putObject(PREFIX + "impact");
        if (impact.affectedUsers() != null) {
            figures.put("affected_users", impact.affectedUsers());
        }
        if (impact.durationMinutes() != null) {
            figures.put("duration_minutes", impact.durationMinutes());
        }
        if (impact.financialLossEur() != null) {
            figures.put("financial_loss_eur", impact.financialLossEur());
        }
    }

    /** The entity's type and sector say what was hit; its name may identify people (a sole trader) and stays home by default. */
    private static void putEntity(ObjectNode sdo, Entity entity, boolean includePersonalData) {
        if (entity == null) {
            return;
        }
        ObjectNode out = sdo.objectNode();
        putText(out, "entity_type", entity.entityType());
        putText(out, "sector", entity.sector());
        putText(out, "subsector", entity.subsector());
        if (includePersonalData) {
            putText(out, "name", entity.name());
        }
        if (!out.isEmpty()) {
            sdo.set(PREFIX + "entity", out);
        }
    }
}
