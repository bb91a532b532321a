package eu.cyberplan.infra.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which CYBERPLAN_* names a deployment of a service must set and may set. May: only names the service reads, so a
 * typo or a stale name cannot pass for configuration. Must: names it has no default for, names whose default points
 * at the service's own machine (127.0.0.1, localhost: wrong in a pod or a container), and the production settings
 * below that a default would get wrong without failing.
 */
final class EnvironmentRules {

    /** Defaults that start a service but are wrong for a real node: the demo's user, the node's identity. */
    private static final Set<String> PRODUCTION = Set.of(
            "CYBERPLAN_JDBC_URL", "CYBERPLAN_JDBC_USER", "CYBERPLAN_JDBC_PASSWORD", "CYBERPLAN_KAFKA_BOOTSTRAP",
            "CYBERPLAN_JWT_KEY_DIR", "CYBERPLAN_EVENT_KEY_DIR", "CYBERPLAN_NODE_ID", "CYBERPLAN_COUNTRIES", "CYBERPLAN_SMTP_HOST");

    /** Names with an empty default that a given service cannot do its work without. */
    private static final Map<String, Set<String>> SERVICE_NEEDS = Map.of(
            // exercise control logs in as svc.exercises to file injects; without the password no drill runs.
            "exercises", Set.of("CYBERPLAN_EXERCISES_SERVICE_PASSWORD"));

    private EnvironmentRules() {
    }

    /**
     * What is wrong with the names a deployment sets for a service.
     *
     * @param kafkaSecurity the security names this kind of deployment must give every Kafka client
     */
    static List<String> check(ServiceSettings service, Set<String> names, Set<String> kafkaSecurity) {
        List<String> findings = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            if (!service.reads(name)) {
                findings.add(service.service() + " does not read " + name);
            }
        }
        for (String name : required(service, kafkaSecurity)) {
            if (!names.contains(name)) {
                findings.add(service.service() + " needs " + name);
            }
        }
        return findings;
    }

    static Set<String> required(ServiceSettings service, Set<String> kafkaSecurity) {
        Set<String> required = new TreeSet<>();
        service.defaults().forEach((name, value) -> {
            boolean pointsAtItself = value.map(v -> v.contains("127.0.0.1") || v.contains("localhost")).orElse(false);
            if (value.isEmpty() || pointsAtItself || PRODUCTION.contains(name)) {
                required.add(name);
            }
        });
        required.addAll(SERVICE_NEEDS.getOrDefault(service.service(), Set.of()));
        if (service.reads("CYBERPLAN_KAFKA_BOOTSTRAP")) {
            required.addAll(kafkaSecurity);
        }
        return required;
    }
}
