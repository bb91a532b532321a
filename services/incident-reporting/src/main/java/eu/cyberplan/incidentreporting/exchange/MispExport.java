package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.incidentreporting.incident.Incident;
import eu.cyberplan.incidentreporting.incident.Indicator;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an incident as a MISP event in the MISP core format ({@code {"Event": {...}}}, valid against the draft-20
 * schema): every number a string, the classification as the taxonomies' exact machine tags, one attribute per
 * indicator. The event's uuid is the incident id. No personal data is written: the format has no place CyberPlan
 * would put it, and the reports' texts stay in the STIX export.
 */
public final class MispExport {

    /** How far MISP may pass the event on. GREEN is "this community only": connected communities would reach beyond it. */
    static final Map<Tlp, String> DISTRIBUTION = Map.of(
            Tlp.CLEAR, "3",
            Tlp.GREEN, "1",
            Tlp.AMBER, "0",
            Tlp.AMBER_STRICT, "0",
            Tlp.RED, "0");
    /** Attribute distribution "5": as the event. */
    private static final String INHERIT = "5";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The event as a JSON tree; refuses an AMBER+STRICT incident ({@link ExportPolicy}). */
    public ObjectNode event(Incident incident) {
        ExportPolicy.requireExportable(incident);
        String timestamp = epochSeconds(incident.updatedAt() != null ? incident.updatedAt() : incident.reportedAt());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode event = root.putObject("Event");
        event.put("uuid", incident.id().toString());
        event.put("info", (incident.mode() == Mode.EXERCISE ? StixIncidentObject.EXERCISE_PREFIX : "") + incident.title()
                + (incident.reference() != null ? " (" + incident.reference() + ")" : ""));
        event.put("date", incident.awareAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        event.put("threat_level_id", switch (incident.severity()) {
            case CRITICAL, HIGH -> "1";
            case MEDIUM -> "2";
            case LOW -> "3";
        });
        event.put("analysis", analysis(incident));
        event.put("distribution", DISTRIBUTION.get(incident.tlp()));
        event.put("timestamp", timestamp);
        event.put("published", false);
        ObjectNode orgc = event.putObject("Orgc");
        orgc.put("uuid", StixIds.csirt(incident.reporterCountry()).toString());
        orgc.put("name", "CSIRT of " + incident.reporterCountry());
        ArrayNode tags = event.putArray("Tag");
        tags(incident).forEach(tag -> tags.addObject().put("name", tag));
        ArrayNode attributes = event.putArray("Attribute");
        Set<String> seen = new LinkedHashSet<>();
        for (Indicator indicator : incident.indicators() == null ? List.<Indicator>of() : incident.indicators()) {
            if (seen.add(indicator.type() + "\n" + indicator.value())) {
                attributes.add(attribute(incident, indicator, timestamp));
            }
        }
        return root;
    }

    public String json(Incident incident) {
        try {
            return JSON.writeValueAsString(event(incident));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event's tags: the incident's machine tags, and for a drill one that says so, since MISP has no mode. */
    static List<String> tags(Incident incident) {
        List<String> tags = new ArrayList<>(StixIncidentObject.labels(incident));
        if (incident.mode() == Mode.EXERCISE) {
            tags.add("cyberplan:mode=\"exercise\"");
        }
        return tags;
    }

    /** 0 initial (only the early warning), 1 ongoing, 2 completed (closed, retracted, or the final report is in). */
    static String analysis(Incident incident) {
        if (!incident.open() || "FINAL".equals(incident.stage())) {
            return "2";
        }
        return Incident.EARLY_WARNING.equals(incident.stage()) ? "0" : "1";
    }

    private static ObjectNode attribute(Incident incident, Indicator indicator, String timestamp) {
        MispAttributeKind kind = MispAttributeKind.of(indicator.type());
        ObjectNode attribute = JsonNodeFactory.instance.objectNode();
        attribute.put("uuid", StixIds.uuid5("misp-attribute/" + incident.id() + "/" + indicator.type() + "/" + indicator.value()).toString());
        attribute.put("type", kind.type());
        attribute.put("category", kind.category());
        attribute.put("value", indicator.value());
        attribute.put("to_ids", true);
        attribute.put("distribution", INHERIT);
        attribute.put("timestamp", timestamp);
        if (indicator.description() != null && !indicator.description().isBlank()) {
            attribute.put("comment", indicator.description());
        }
        return attribute;
    }

    private static String epochSeconds(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }
}
