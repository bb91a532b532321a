package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.incidentreporting.incident.Incident;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * What every object of one incident's bundle shares: its creator (the reporting CSIRT's identity), its TLP 2.0
 * marking, and timestamps written with milliseconds, which the schemas require of {@code created} and {@code modified}.
 */
final class StixObjects {

    /** The identities are the same in every export, so their version is fixed: the day CyberPlan first exported them. */
    static final Instant IDENTITY_CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String identityId;
    private final String markingId;

    StixObjects(Incident incident) {
        this.identityId = "identity--" + StixIds.csirt(incident.reporterCountry());
        this.markingId = TlpMarkings.id(incident.tlp());
    }

    String identityId() {
        return identityId;
    }

    /** A new object with the common properties; {@code modified} never precedes {@code created}. */
    ObjectNode object(String type, String id, Instant created, Instant modified) {
        Instant from = created.truncatedTo(ChronoUnit.MILLIS);
        Instant to = modified == null || modified.isBefore(created) ? from : modified.truncatedTo(ChronoUnit.MILLIS);
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("type", type);
        object.put("spec_version", "2.1");
        object.put("id", id);
        if (!id.equals(identityId)) {
            object.put("created_by_ref", identityId);
        }
        object.put("created", timestamp(from));
        object.put("modified", timestamp(to));
        object.putArray("object_marking_refs").add(markingId);
        return object;
    }

    /** The reporting CSIRT as an organisation; named by country, since the directory, not the incident, knows its CSIRTs. */
    ObjectNode identity(String country) {
        ObjectNode identity = object("identity", identityId, IDENTITY_CREATED, IDENTITY_CREATED);
        identity.put("name", "CSIRT of " + country);
        identity.put("identity_class", "organization");
        identity.putArray("sectors").add("government-national");
        identity.put("x_cyberplan_country", country);
        return identity;
    }

    static String timestamp(Instant instant) {
        return MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Puts a text property unless it is blank: the schemas accept no {@code null}, and blank says nothing. */
    static void putText(ObjectNode object, String name, String value) {
        if (value != null && !value.isBlank()) {
            object.put(name, value);
        }
    }

    /** Puts a list property unless it is empty: STIX lists must have at least one item. */
    static void putList(ObjectNode object, String name, Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = object.putArray(name);
            values.forEach(array::add);
        }
    }
}
