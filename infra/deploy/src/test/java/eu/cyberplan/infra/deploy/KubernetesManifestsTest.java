package eu.cyberplan.infra.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every manifest under infra/k8s read with its typed model, and held to what the services read and serve. */
class KubernetesManifestsTest {

    private static final ManifestModels MODELS = ManifestModels.withVendoredCrds();
    private static final KustomizeTree TREE = KustomizeTree.of(Repository.K8S);

    static List<KustomizeTree.Document> documents() {
        return TREE.documents();
    }

    @Test
    void shouldFindEveryFileTheKustomizationsName() {
        assertThat(TREE.brokenReferences()).isEmpty();
        assertThat(TREE.manifests()).hasSizeGreaterThan(10);
    }

    @Test
    void shouldShipNoYamlThatNoKustomizationNames() {
        assertThat(TREE.orphans(Repository.K8S)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void shouldReadEveryManifestWithItsTypedModel(KustomizeTree.Document document) {
        assertThatCode(() -> MODELS.read(document.node(), document.patch())).doesNotThrowAnyException();
    }

    @Test
    void shouldReadEveryReplacementFileWithItsTypedModel() {
        assertThat(TREE.replacementFiles()).isNotEmpty();
        for (var file : TREE.replacementFiles()) {
            for (JsonNode entry : StrictYaml.documents(file).get(0)) {
                var replacement = StrictYaml.read(entry, Kustomization.Replacement.class);
                assertThat(replacement.targets()).as(file.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void shouldGiveEveryServiceDeploymentProbesResourcesAndExactlyTheSettingsItReads() {
        List<Deployment> deployments = typed("Deployment", Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Repository.SERVICES);
        for (Deployment deployment : deployments) {
            ServiceSettings service = Repository.settings(deployment.getMetadata().getName());
            assertThat(DeploymentChecks.check(deployment, service)).as(service.service()).isEmpty();
        }
    }

    @Test
    void shouldExposeEveryServiceOnItsPortWithADisruptionBudget() {
        Map<String, Service> services = typed("Service", Service.class).stream()
                .collect(Collectors.toMap(s -> s.getMetadata().getName(), Function.identity()));
        Map<String, PodDisruptionBudget> budgets = typed("PodDisruptionBudget", PodDisruptionBudget.class).stream()
                .collect(Collectors.toMap(b -> b.getMetadata().getName(), Function.identity()));
        for (String name : Repository.SERVICES) {
            ServiceSettings settings = Repository.settings(name);
            Service service = services.get(name);
            assertThat(service).as(name).isNotNull();
            assertThat(service.getSpec().getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getPort()).isEqualTo(settings.port()))
                    .satisfies(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
            assertThat(service.getSpec().getSelector()).containsEntry("app.kubernetes.io/name", name);
            assertThat(budgets.get(name)).as(name).isNotNull();
            assertThat(budgets.get(name).getSpec().getSelector().getMatchLabels())
                    .containsEntry("app.kubernetes.io/name", name);
        }
    }

    @Test
    void shouldDeclareEveryTopicOfTheContractReplicatedThreeTimes() {
        List<KafkaTopic> topics = typed("KafkaTopic", KafkaTopic.class);
        assertThat(topics).extracting(t -> t.getSpec().getTopicName())
                .containsExactlyInAnyOrderElementsOf(eu.cyberplan.events.v1.Topics.allQualified("cyberplan"));
        for (KafkaTopic topic : topics) {
            String name = topic.getSpec().getTopicName();
            assertThat(topic.getSpec().getPartitions()).as(name).isEqualTo(eu.cyberplan.events.v1.Topics.PARTITIONS);
            assertThat(topic.getSpec().getReplicas()).as(name).isEqualTo(3);
            assertThat(topic.getSpec().getConfig()).as(name).containsEntry("min.insync.replicas", "2");
            boolean compacted = name.startsWith("cyberplan." + eu.cyberplan.events.v1.Topics.DIRECTORY);
            assertThat(topic.getSpec().getConfig()).as(name)
                    .containsEntry("cleanup.policy", compacted ? "compact" : "delete");
        }
    }

    private static <T> List<T> typed(String kind, Class<T> type) {
        return TREE.resourceDocuments().stream().filter(d -> d.kind().equals(kind))
                .map(d -> type.cast(MODELS.read(d.node())))
                .toList();
    }
}
