package eu.cyberplan.platform.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How every Kafka client of a node proves who it is and whom it trusts (DESIGN §11): the security protocol, SASL/SCRAM
 * credentials, and TLS trust and key stores, from the {@code CYBERPLAN_KAFKA_*} settings. The one place that turns
 * them into Kafka client properties, for the services' consumers, producers and admin clients, the launcher and the
 * benchmark drivers alike. Without settings it is PLAINTEXT, as on one machine.
 */
public final class KafkaClientSecurity {

    public static final String PROTOCOL = "CYBERPLAN_KAFKA_SECURITY_PROTOCOL";
    public static final String SASL_MECHANISM = "CYBERPLAN_KAFKA_SASL_MECHANISM";
    public static final String SASL_USERNAME = "CYBERPLAN_KAFKA_SASL_USERNAME";
    public static final String SASL_PASSWORD = "CYBERPLAN_KAFKA_SASL_PASSWORD";
    public static final String TRUSTSTORE = "CYBERPLAN_KAFKA_TRUSTSTORE";
    public static final String TRUSTSTORE_PASSWORD = "CYBERPLAN_KAFKA_TRUSTSTORE_PASSWORD";
    public static final String KEYSTORE = "CYBERPLAN_KAFKA_KEYSTORE";
    public static final String KEYSTORE_PASSWORD = "CYBERPLAN_KAFKA_KEYSTORE_PASSWORD";

    private static final List<String> PROTOCOLS = List.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
    private static final List<String> MECHANISMS = List.of("SCRAM-SHA-512", "SCRAM-SHA-256");

    private final String protocol;
    private final Map<String, Object> properties;
    private final Optional<String> username;

    private KafkaClientSecurity(String protocol, Map<String, Object> properties, Optional<String> username) {
        this.protocol = protocol;
        this.properties = Map.copyOf(properties);
        this.username = username;
    }

    /** PLAINTEXT, no credentials: the single-machine stack. */
    public static KafkaClientSecurity plaintext() {
        return from(name -> null);
    }

    /** From this process's environment. */
    public static KafkaClientSecurity fromEnvironment() {
        // Each name spelt out: infra/deploy reads the settings a service takes from these calls.
        Map<String, String> environment = new HashMap<>();
        putIfSet(environment, PROTOCOL, System.getenv("CYBERPLAN_KAFKA_SECURITY_PROTOCOL"));
        putIfSet(environment, SASL_MECHANISM, System.getenv("CYBERPLAN_KAFKA_SASL_MECHANISM"));
        putIfSet(environment, SASL_USERNAME, System.getenv("CYBERPLAN_KAFKA_SASL_USERNAME"));
        putIfSet(environment, SASL_PASSWORD, System.getenv("CYBERPLAN_KAFKA_SASL_PASSWORD"));
        putIfSet(environment, TRUSTSTORE, System.getenv("CYBERPLAN_KAFKA_TRUSTSTORE"));
        putIfSet(environment, TRUSTSTORE_PASSWORD, System.getenv("CYBERPLAN_KAFKA_TRUSTSTORE_PASSWORD"));
        putIfSet(environment, KEYSTORE, System.getenv("CYBERPLAN_KAFKA_KEYSTORE"));
        putIfSet(environment, KEYSTORE_PASSWORD, System.getenv("CYBERPLAN_KAFKA_KEYSTORE_PASSWORD"));
        return from(environment::get);
    }

    /**
     * From settings looked up by their {@code CYBERPLAN_KAFKA_*} names (null or blank: unset).
     *
     * @throws InvalidKafkaSecurity naming the setting, when they do not make a usable client
     */
    public static KafkaClientSecurity from(Function<String, String> settings) {
        Function<String, Optional<String>> setting = name -> Optional.ofNullable(settings.apply(name)).filter(v -> !v.isBlank());
        String protocol = setting.apply(PROTOCOL).map(String::trim).map(v -> v.toUpperCase(Locale.ROOT)).orElse("PLAINTEXT");
        if (!PROTOCOLS.contains(protocol)) {
            throw new InvalidKafkaSecurity(PROTOCOL + "=" + settings.apply(PROTOCOL) + " is not one of " + PROTOCOLS);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("security.protocol", protocol);
        boolean sasl = protocol.startsWith("SASL_");
        boolean tls = protocol.endsWith("SSL");
        Optional<String> username = setting.apply(SASL_USERNAME);
        if (sasl) {
            String mechanism = setting.apply(SASL_MECHANISM).map(String::trim).orElse("SCRAM-SHA-512");
            if (!MECHANISMS.contains(mechanism)) {
                throw new InvalidKafkaSecurity(SASL_MECHANISM + "=" + mechanism + " is not one of " + MECHANISMS);
            }
            String user = username.orElseThrow(() -> new InvalidKafkaSecurity(SASL_USERNAME + " is required with " + PROTOCOL + "=" + protocol));
            String password = setting.apply(SASL_PASSWORD)
                    .orElseThrow(() -> new InvalidKafkaSecurity(SASL_PASSWORD + " is required with " + PROTOCOL + "=" + protocol));
            properties.put("sasl.mechanism", mechanism);
            properties.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + quoted(user) + "\" password=\"" + quoted(password) + "\";");
        } else {
            refuseUnused(setting, protocol, SASL_USERNAME, SASL_PASSWORD);
        }
        if (tls) {
            store(setting, TRUSTSTORE, TRUSTSTORE_PASSWORD, "ssl.truststore", properties);
            store(setting, KEYSTORE, KEYSTORE_PASSWORD, "ssl.keystore", properties);
            setting.apply(KEYSTORE_PASSWORD).ifPresent(password -> properties.put("ssl.key.password", password));
        } else {
            refuseUnused(setting, protocol, TRUSTSTORE, KEYSTORE);
        }
        return new KafkaClientSecurity(protocol, properties, sasl ? username : Optional.empty());
    }

    /** The Kafka client properties to add to any producer, consumer or admin client configuration. */
    public Map<String, Object> clientProperties() {
        return properties;
    }

    /** The given client configuration with these settings added (they win over the same keys). */
    public Map<String, Object> applyTo(Map<String, ?> configuration) {
        Map<String, Object> all = new HashMap<>(configuration);
        all.putAll(properties);
        return all;
    }

    public String protocol() {
        return protocol;
    }

    /** The SASL user, when the protocol authenticates with SASL. */
    public Optional<String> username() {
        return username;
    }

    /** For logs: the protocol and the user, never a password. */
    @Override
    public String toString() {
        return username.map(user -> protocol + " " + properties.get("sasl.mechanism") + " as '" + user + "'").orElse(protocol);
    }

    private static void store(Function<String, Optional<String>> setting, String locationName, String passwordName, String prefix,
                              Map<String, Object> properties) {
        setting.apply(locationName).ifPresent(location -> {
            properties.put(prefix + ".location", location);
            properties.put(prefix + ".type", storeType(location));
            setting.apply(passwordName).ifPresent(password -> properties.put(prefix + ".password", password));
        });
    }

    // Strimzi hands out ca.p12 and ca.crt; keytool makes .p12 or .jks.
    private static String storeType(String location) {
        String name = location.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jks")) {
            return "JKS";
        }
        return name.endsWith(".pem") || name.endsWith(".crt") ? "PEM" : "PKCS12";
    }

    // A credential or store that the protocol would ignore is a mistake in the deployment, not a default.
    private static void refuseUnused(Function<String, Optional<String>> setting, String protocol, String... names) {
        for (String name : names) {
            if (setting.apply(name).isPresent()) {
                throw new InvalidKafkaSecurity(name + " is set but " + PROTOCOL + "=" + protocol + " does not use it");
            }
        }
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void putIfSet(Map<String, String> environment, String name, String value) {
        if (value != null) {
            environment.put(name, value);
        }
    }

    /** Settings that cannot make a working Kafka client; the message names the setting. */
    public static final class InvalidKafkaSecurity extends IllegalArgumentException {
        public InvalidKafkaSecurity(String message) {
            super("Kafka client security: " + message);
        }
    }
}
