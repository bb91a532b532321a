package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.incidentreporting.incident.Indicator;
import eu.cyberplan.incidentreporting.report.SubmittedReport;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static eu.cyberplan.incidentreporting.exchange.StixObjects.putText;

/**
 * Writes an incident and its submitted NIS2 reports as a STIX 2.1 bundle: the reporting CSIRT's identity, the
 * incident, one indicator per indicator of compromise with an {@code indicates} relationship to the incident, one note
 * per report, and the TLP 2.0 marking every object references. Ids are name-based, so the same version of an incident
 * always exports to the same bundle. Personal data (the entity's name, user names) is left out unless asked for.
 */
public final class StixExport {

    public static final String MEDIA_TYPE = "application/stix+json;version=2.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The bundle as a JSON tree; refuses an AMBER+STRICT incident ({@link ExportPolicy}). */
    public ObjectNode bundle(Incident incident, List<SubmittedReport> reports, boolean includePersonalData) {
        ExportPolicy.requireExportable(incident);
        StixObjects common = new StixObjects(incident);
        String incidentId = StixIds.incident(incident.id());
        ObjectNode bundle = JsonNodeFactory.instance.objectNode();
        bundle.put("type", "bundle");
        bundle.put("id", StixIds.of("bundle", "bundle/" + incident.id() + "/" + incident.version()));
        ArrayNode objects = bundle.putArray("objects");
        objects.add(common.identity(incident.reporterCountry()));
        objects.add(StixIncidentObject.of(incident, common, includePersonalData));
        for (Indicator indicator : distinct(incident.indicators())) {
            ObjectNode sdo = indicator(incident, indicator, common);
            objects.add(sdo);
            objects.add(indicates(incident, sdo.get("id").asText(), incidentId, common));
        }
        for (SubmittedReport report : reports == null ? List.<SubmittedReport>of() : reports) {
            objects.add(note(report, incidentId, common, includePersonalData));
        }
        objects.add(TlpMarkings.definition(incident.tlp()));
        return bundle;
    }

    /** The bundle as the body of {@code GET /incidents/{id}/stix}. */
    public String json(Incident incident, List<SubmittedReport> reports, boolean includePersonalData) {
        try {
            return JSON.writeValueAsString(bundle(incident, reports, includePersonalData));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One object per kind and value: the same indicator twice would be two objects with one id and one version. */
    private static List<Indicator> distinct(List<Indicator> indicators) {
        Map<String, Indicator> byKey = new LinkedHashMap<>();
        if (indicators != null) {
            indicators.forEach(i -> byKey.putIfAbsent(i.type() + "\n" + i.value(), i));
        }
        return List.copyOf(byKey.values());
    }

    /** Valid from when the incident was reported: the incident does not record when each indicator was first seen. */
    private static ObjectNode indicator(Incident incident, Indicator indicator, StixObjects common) {
        String id = StixIds.of("indicator", "indicator/" + incident.id() + "/" + indicator.type() + "/" + indicator.value());
        ObjectNode sdo = common.object("indicator", id, incident.reportedAt(), incident.updatedAt());
        sdo.put("name", indicator.value());
        putText(sdo, "description", indicator.description());
        sdo.put("pattern", StixPatterns.of(indicator));
        sdo.put("pattern_type", "stix");
        sdo.put("pattern_version", "2.1");
        sdo.put("valid_from", StixObjects.timestamp(incident.reportedAt()));
        return sdo;
    }

    private static ObjectNode indicates(Incident incident, String indicatorId, String incidentId, StixObjects common) {
        ObjectNode sro = common.object("relationship", StixIds.of("relationship", "indicates/" + indicatorId), incident.reportedAt(),
                incident.updatedAt());
        sro.put("relationship_type", "indicates");
        sro.put("source_ref", indicatorId);
        sro.put("target_ref", incidentId);
        return sro;
    }

    /** A report is a note on the incident; what it said is the note's content, its stage and lateness custom properties. */
    private static ObjectNode note(SubmittedReport report, String incidentId, StixObjects common, boolean includePersonalData) {
        ObjectNode note = common.object("note", StixIds.of("note", "report/" + report.id()), report.submittedAt(), report.submittedAt());
        note.put("abstract", "NIS2 " + report.stage().toLowerCase(Locale.ROOT).replace('_', ' ') + " report");
        note.put("content", content(report));
        if (includePersonalData && report.submittedBy() != null) {
            note.putArray("authors").add(report.submittedBy());
        }
        note.putArray("object_refs").add(incidentId);
        note.put(StixIncidentObject.PREFIX + "stage", report.stage());
        note.put(StixIncidentObject.PREFIX + "late", report.late());
        putText(note, StixIncidentObject.PREFIX + "root_cause", report.rootCause());
        return note;
    }

    static String content(SubmittedReport report) {
        StringBuilder text = new StringBuilder();
        line(text, null, report.summary());
        line(text, "Root cause", join(report.rootCause(), report.rootCauseDescription()));
        line(text, "Mitigations applied", report.mitigationsApplied());
        line(text, "Mitigations ongoing", report.mitigationsOngoing());
        line(text, "Cross-border impact", report.crossBorderImpact());
        return text.isEmpty() ? report.stage() + " report submitted" : text.toString();
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ": " + second;
    }

    private static void line(StringBuilder text, String heading, String value) {
        if (value != null && !value.isBlank()) {
            text.append(text.isEmpty() ? "" : "\n").append(heading == null ? "" : heading + ": ").append(value.strip());
        }
    }
}
