package eu.cyberplan.incidentreporting.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic identifiers for exported objects: UUIDv5 names under CyberPlan's own namespace, so exporting the same
 * incident twice gives the same ids and a consumer updates its copy instead of duplicating it.
 */
final class StixIds {

    /** CyberPlan's UUIDv5 namespace: a fixed random UUID. Changing it changes every id ever exported. */
    static final UUID NAMESPACE = UUID.fromString("6ca4bc7f-b55b-4978-b8b1-604f0a029412");

    private StixIds() {
    }

    /** A STIX id such as {@code note--<uuid5(name)>}. */
    static String of(String type, String name) {
        return type + "--" + uuid5(name);
    }

    /**
     * The incident keeps its own id, so STIX, MISP ({@code uuid}) and the API name it alike; STIX accepts only UUID
     * versions 1 to 5, so any other version (e.g. a future v7) is replaced by a name-based one.
     */
    static String incident(UUID id) {
        return "incident--" + (id.version() >= 1 && id.version() <= 5 ? id : uuid5("incident/" + id));
    }

    /** One identity per CSIRT country, the same in every export, so consumers see all of a CSIRT's incidents as one creator's. */
    static UUID csirt(String country) {
        return uuid5("csirt/" + country);
    }

    /** RFC 9562 §5.5: SHA-1 of namespace and name, version 5, IETF variant. */
    static UUID uuid5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
