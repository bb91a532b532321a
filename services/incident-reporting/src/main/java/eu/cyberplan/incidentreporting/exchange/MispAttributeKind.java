package eu.cyberplan.incidentreporting.exchange;

import java.util.Map;

/**
 * The MISP attribute type and category of each indicator kind CyberPlan keeps. IP addresses are {@code ip-dst}: an
 * indicator reported with an incident is where the attack came from or went to, and MISP's IDS export treats both alike.
 */
record MispAttributeKind(String type, String category) {

    private static final String NETWORK = "Network activity";
    private static final String PAYLOAD = "Payload delivery";

    private static final Map<String, MispAttributeKind> BY_INDICATOR_TYPE = Map.of(
            "ipv4-addr", new MispAttributeKind("ip-dst", NETWORK),
            "ipv6-addr", new MispAttributeKind("ip-dst", NETWORK),
            "domain-name", new MispAttributeKind("domain", NETWORK),
            "url", new MispAttributeKind("url", NETWORK),
            "email-addr", new MispAttributeKind("email-src", PAYLOAD),
            "file:hashes.'SHA-256'", new MispAttributeKind("sha256", PAYLOAD),
            "file:hashes.'SHA-1'", new MispAttributeKind("sha1", PAYLOAD),
            "file:hashes.MD5", new MispAttributeKind("md5", PAYLOAD));

    static MispAttributeKind of(String indicatorType) {
        MispAttributeKind kind = BY_INDICATOR_TYPE.get(indicatorType);
        if (kind == null) {
            throw new IllegalArgumentException("no MISP attribute type for indicator kind " + indicatorType);
        }
        return kind;
    }
}
