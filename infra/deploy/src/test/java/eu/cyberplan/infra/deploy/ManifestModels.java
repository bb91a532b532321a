package eu.cyberplan.infra.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.mirrormaker2.KafkaMirrorMaker2;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The typed model of every kind a manifest may have: the fabric8 Kubernetes model for the built-in kinds, Strimzi's
 * API classes for Kafka, and CloudNativePG's CRD schemas (vendored from its release) for PostgreSQL. A kind that is
 * not listed here is refused: a manifest nobody can check is not shipped.
 */
final class ManifestModels {

    private static final Map<String, Class<?>> TYPED = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaMirrorMaker2", KafkaMirrorMaker2.class));

    private final List<CrdSchema> schemas;

    private ManifestModels(List<CrdSchema> schemas) {
        this.schemas = schemas;
    }

    /** With CloudNativePG's CRDs from the test resources (cnpg/, with their licence). */
    static ManifestModels withVendoredCrds() {
        Path cnpg = Path.of("src/test/resources/cnpg");
        return new ManifestModels(List.of(
                CrdSchema.of(cnpg.resolve("postgresql.cnpg.io_clusters.yaml")),
                CrdSchema.of(cnpg.resolve("postgresql.cnpg.io_scheduledbackups.yaml"))));
    }

    /** The document as its model type, or an exception naming the misspelt or ill-typed field. */
    Object read(JsonNode document) {
        return read(document, false);
    }

    /** As {@link #read(JsonNode)}; a patch may leave out what the schema requires, nothing else. */
    Object read(JsonNode document, boolean patch) {
        String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<?> type = TYPED.get(key);
        if (type != null) {
            return StrictYaml.read(document, type);
        }
        for (CrdSchema schema : schemas) {
            if (key.equals(schema.apiVersion() + "/" + schema.kind())) {
                List<String> violations = schema.violations(document, !patch);
                if (!violations.isEmpty()) {
                    throw new IllegalArgumentException(String.join("; ", violations));
                }
                return document;
            }
        }
        throw new IllegalArgumentException("no model for " + key + ": every kind shipped must be checkable");
    }
}
