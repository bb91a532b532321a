package eu.cyberplan.incidentreporting.exchange;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cyberplan.events.v1.Tlp;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The TLP 2.0 marking definitions as OASIS publishes them (extension {@value #EXTENSION}, fixed ids, created
 * 2022-10-01): the STIX schemas know only TLP 1.0, so the objects are written exactly as the extension defines them.
 */
final class TlpMarkings {

    static final String EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    static final String CREATED = "2022-10-01T00:00:00.000Z";

    private static final Map<Tlp, String> IDS = new EnumMap<>(Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"));

    /** TLP 1.0 ids (STIX 2.1 spec, 2017) still sent by older tools; WHITE is read as CLEAR. */
    private static final Map<String, Tlp> TLP_1 = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);

    private TlpMarkings() {
    }

    static String id(Tlp tlp) {
        return IDS.get(tlp);
    }

    /** The TLP label a marking reference stands for, if it is one of the TLP 2.0 or 1.0 marking ids. */
    static Optional<Tlp> of(String markingRef) {
        return IDS.entrySet().stream().filter(e -> e.getValue().equals(markingRef)).map(Map.Entry::getKey).findFirst()
                .or(() -> Optional.ofNullable(TLP_1.get(markingRef)));
    }

    /** The marking-definition object, byte for byte the shape of the OASIS TLP 2.0 objects. */
    static ObjectNode definition(Tlp tlp) {
        ObjectNode marking = JsonNodeFactory.instance.objectNode();
        marking.put("type", "marking-definition");
        marking.put("spec_version", "2.1");
        marking.put("id", id(tlp));
        marking.put("created", CREATED);
        marking.put("name", "TLP:" + tlp.label());
        ObjectNode extension = marking.putObject("extensions").putObject(EXTENSION);
        extension.put("extension_type", "property-extension");
        extension.put("tlp_2_0", tlp.label().toLowerCase(Locale.ROOT));
        return marking;
    }
}
