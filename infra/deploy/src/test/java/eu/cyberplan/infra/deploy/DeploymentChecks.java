package eu.cyberplan.infra.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a service's Deployment must have: the image built from its module, its port, readiness and liveness on
 * /health, memory and CPU requests and limits, and exactly the environment the service reads (EnvironmentRules).
 */
final class DeploymentChecks {

    static final String IMAGE_VERSION = "0.1.0";

    /** SASL_SSL with SCRAM-SHA-512 against the cluster's CA: what every Kafka client of a node sets. */
    static final Set<String> KAFKA_SECURITY_ON_KUBERNETES = Set.of(
            "CYBERPLAN_KAFKA_SECURITY_PROTOCOL", "CYBERPLAN_KAFKA_SASL_MECHANISM", "CYBERPLAN_KAFKA_SASL_USERNAME",
            "CYBERPLAN_KAFKA_SASL_PASSWORD", "CYBERPLAN_KAFKA_TRUSTSTORE", "CYBERPLAN_KAFKA_TRUSTSTORE_PASSWORD");

    private DeploymentChecks() {
    }

    static List<String> check(Deployment deployment, ServiceSettings service) {
        List<String> findings = new ArrayList<>();
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            return List.of(service.service() + ": expected one container, found " + containers.size());
        }
        Container container = containers.get(0);
        String image = "cyberplan/" + service.service() + ":" + IMAGE_VERSION;
        if (!image.equals(container.getImage())) {
            findings.add(service.service() + ": image " + container.getImage() + ", expected " + image);
        }
        boolean portDeclared = container.getPorts() != null && container.getPorts().stream()
                .anyMatch(port -> "http".equals(port.getName()) && port.getContainerPort() == service.port());
        if (!portDeclared) {
            findings.add(service.service() + ": no port named http on " + service.port());
        }
        probe("readiness", container.getReadinessProbe(), service, findings);
        probe("liveness", container.getLivenessProbe(), service, findings);
        resources(container.getResources(), service, findings);
        if (container.getEnvFrom() != null && !container.getEnvFrom().isEmpty()) {
            findings.add(service.service() + ": envFrom hides which names are set; list them under env");
        }
        Set<String> names = container.getEnv() == null ? Set.of()
                : container.getEnv().stream().map(EnvVar::getName).collect(Collectors.toSet());
        findings.addAll(EnvironmentRules.check(service, names, KAFKA_SECURITY_ON_KUBERNETES));
        return findings;
    }

    private static void probe(String kind, Probe probe, ServiceSettings service, List<String> findings) {
        if (probe == null || probe.getHttpGet() == null) {
            findings.add(service.service() + ": no " + kind + " probe");
            return;
        }
        String path = probe.getHttpGet().getPath();
        if (path == null || !(path.equals("/health") || path.startsWith("/health/"))) {
            findings.add(service.service() + ": " + kind + " probe on " + path + ", not /health");
        }
        var port = probe.getHttpGet().getPort();
        boolean rightPort = port != null && ("http".equals(port.getStrVal())
                || Integer.valueOf(service.port()).equals(port.getIntVal()));
        if (!rightPort) {
            findings.add(service.service() + ": " + kind + " probe not on the service's port");
        }
    }

    private static void resources(ResourceRequirements resources, ServiceSettings service, List<String> findings) {
        Map<String, Quantity> requests = resources == null ? null : resources.getRequests();
        Map<String, Quantity> limits = resources == null ? null : resources.getLimits();
        for (String resource : List.of("cpu", "memory")) {
            if (requests == null || !requests.containsKey(resource)) {
                findings.add(service.service() + ": no " + resource + " request");
            }
            if (limits == null || !limits.containsKey(resource)) {
                findings.add(service.service() + ": no " + resource + " limit");
            }
        }
        if (requests != null && limits != null && requests.containsKey("memory") && limits.containsKey("memory")
                && requests.get("memory").getNumericalAmount().compareTo(limits.get("memory").getNumericalAmount()) > 0) {
            findings.add(service.service() + ": memory request above its limit");
        }
    }
}
