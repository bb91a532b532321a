package eu.cyberplan.infra.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A misspelt or ill-typed field fails the check, for each kind of model: fabric8, Strimzi, CloudNativePG's CRD. */
class MisspeltManifestTest {

    private static final ManifestModels MODELS = ManifestModels.withVendoredCrds();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Deployment       | replica         | apiVersion: apps/v1\\nkind: Deployment\\nmetadata: {name: a}\\nspec: {replica: 2}
            Deployment       | readinesProbe   | apiVersion: apps/v1\\nkind: Deployment\\nmetadata: {name: a}\\nspec: {template: {spec: {containers: [{name: a, readinesProbe: {}}]}}}
            Service          | targetport      | apiVersion: v1\\nkind: Service\\nmetadata: {name: a}\\nspec: {ports: [{port: 80, targetport: 8080}]}
            NetworkPolicy    | podselector     | apiVersion: networking.k8s.io/v1\\nkind: NetworkPolicy\\nmetadata: {name: a}\\nspec: {podselector: {}}
            PDB              | minAvailabe     | apiVersion: policy/v1\\nkind: PodDisruptionBudget\\nmetadata: {name: a}\\nspec: {minAvailabe: 1}
            Kafka            | listners        | apiVersion: kafka.strimzi.io/v1beta2\\nkind: Kafka\\nmetadata: {name: a}\\nspec: {kafka: {listners: []}}
            KafkaNodePool    | role            | apiVersion: kafka.strimzi.io/v1beta2\\nkind: KafkaNodePool\\nmetadata: {name: a}\\nspec: {replicas: 3, role: [broker]}
            KafkaTopic       | partitons       | apiVersion: kafka.strimzi.io/v1beta2\\nkind: KafkaTopic\\nmetadata: {name: a}\\nspec: {partitons: 6}
            KafkaUser        | patterntype     | apiVersion: kafka.strimzi.io/v1beta2\\nkind: KafkaUser\\nmetadata: {name: a}\\nspec: {authorization: {type: simple, acls: [{resource: {type: topic, name: t, patterntype: prefix}, operations: [Read]}]}}
            KafkaTopic       | replicas        | apiVersion: kafka.strimzi.io/v1beta2\\nkind: KafkaTopic\\nmetadata: {name: a}\\nspec: {replicas: three}
            MirrorMaker2     | topicPattern    | apiVersion: kafka.strimzi.io/v1beta2\\nkind: KafkaMirrorMaker2\\nmetadata: {name: a}\\nspec: {connectCluster: a, mirrors: [{sourceCluster: b, targetCluster: a, topicPattern: x}]}
            Cluster          | instance        | apiVersion: postgresql.cnpg.io/v1\\nkind: Cluster\\nmetadata: {name: a}\\nspec: {instance: 3}
            Cluster          | barmanObjectStor| apiVersion: postgresql.cnpg.io/v1\\nkind: Cluster\\nmetadata: {name: a}\\nspec: {instances: 3, backup: {barmanObjectStor: {}}}
            Cluster          | instances       | apiVersion: postgresql.cnpg.io/v1\\nkind: Cluster\\nmetadata: {name: a}\\nspec: {instances: three}
            ScheduledBackup  | cluster         | apiVersion: postgresql.cnpg.io/v1\\nkind: ScheduledBackup\\nmetadata: {name: a}\\nspec: {schedule: '0 0 2 * * *'}
            ScheduledBackup  | method          | apiVersion: postgresql.cnpg.io/v1\\nkind: ScheduledBackup\\nmetadata: {name: a}\\nspec: {schedule: '0 0 2 * * *', cluster: {name: a}, method: tape}
            Unknown kind     | Ingres          | apiVersion: networking.k8s.io/v1\\nkind: Ingres\\nmetadata: {name: a}
            """)
    void shouldRefuseAManifestWithAMisspeltOrIllTypedField(String model, String field, String yaml) {
        var document = StrictYaml.tree(yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> MODELS.read(document)).as(model).hasMessageContaining(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Deployment      | apiVersion: apps/v1\\nkind: Deployment\\nmetadata: {name: a}\\nspec: {replicas: 2}
            KafkaTopic      | apiVersion: kafka.strimzi.io/v1beta2\\nkind: KafkaTopic\\nmetadata: {name: a}\\nspec: {partitions: 6, replicas: 3}
            Cluster         | apiVersion: postgresql.cnpg.io/v1\\nkind: Cluster\\nmetadata: {name: a}\\nspec: {instances: 3, storage: {size: 1Gi}}
            ScheduledBackup | apiVersion: postgresql.cnpg.io/v1\\nkind: ScheduledBackup\\nmetadata: {name: a}\\nspec: {schedule: '0 0 2 * * *', cluster: {name: a}}
            """)
    void shouldAcceptTheSameManifestsSpeltRight(String model, String yaml) {
        var document = StrictYaml.tree(yaml.replace("\\n", "\n"));
        assertThatCode(() -> MODELS.read(document)).as(model).doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void shouldLetAPatchLeaveOutRequiredFieldsButNotMisspellOne() {
        var patch = StrictYaml.tree("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: a}\n"
                + "spec: {backup: {barmanObjectStore: {destinationPath: 's3://b/west'}}}");
        assertThatCode(() -> MODELS.read(patch, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MODELS.read(patch, false)).hasMessageContaining("spec.instances: required");
        var misspelt = StrictYaml.tree("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: a}\n"
                + "spec: {backup: {barmanObjectStore: {destinationPat: 's3://b/west'}}}");
        assertThatThrownBy(() -> MODELS.read(misspelt, true)).hasMessageContaining("destinationPat");
    }
}
