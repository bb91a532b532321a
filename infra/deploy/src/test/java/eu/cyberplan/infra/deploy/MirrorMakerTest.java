package eu.cyberplan.infra.deploy;

import eu.cyberplan.events.v1.Topics;
import io.strimzi.api.kafka.model.mirrormaker2.KafkaMirrorMaker2;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * components/mirror-to-eu: each topic goes the way DESIGN §2 makes it travel, names unchanged, and one way only, so
 * that no record comes back to the cluster it left (IdentityReplicationPolicy has no cycle detection). The live run is
 * infra/mirror's MirrorMakerIT. The component's node id is the placeholder NODE.
 */
class MirrorMakerTest {

    private static final List<KafkaMirrorMaker2> MIRRORS = StrictYaml.documents(
                    Repository.K8S.resolve("components/mirror-to-eu/mirror-maker.yaml")).stream()
            .map(node -> StrictYaml.read(node, KafkaMirrorMaker2.class)).toList();
    private static final MirrorCopy TO_EU = copy("cyberplan-to-eu");
    private static final MirrorCopy FROM_EU = copy("cyberplan-from-eu");

    /** A national node's publishers; comcheck.started comes from a coordinator, on the EU node only. */
    private static final List<String> NATIONAL_PUBLISHERS = List.of("contact-points", "incident-reporting");

    @Test
    void shouldSendToTheEuWhatANationalNodePublishes() {
        for (String service : NATIONAL_PUBLISHERS) {
            for (String topic : ServiceTraffic.of(Repository.ROOT, service).publishes()) {
                if (!topic.startsWith("cyberplan." + Topics.COMCHECKS)) {
                    assertThat(TO_EU.copies(topic)).as(topic).isTrue();
                }
            }
        }
        assertThat(TO_EU.copies("cyberplan.alerts.v1")).isFalse();
        assertThat(TO_EU.copies("cyberplan.protocol.v1.exercise")).isFalse();
    }

    @Test
    void shouldBringBackWhatTheEuNodePublishesAndANationalNodeConsumes() {
        Set<String> consumed = new java.util.TreeSet<>();
        NATIONAL_PUBLISHERS.forEach(service -> consumed.addAll(ServiceTraffic.of(Repository.ROOT, service).consumes()));
        for (String service : List.of("escalation", "exercises")) {
            for (String topic : ServiceTraffic.of(Repository.ROOT, service).publishes()) {
                if (consumed.contains(topic)) {
                    assertThat(FROM_EU.copies(topic)).as(topic).isTrue();
                }
            }
        }
        assertThat(FROM_EU.copies("cyberplan.comchecks.v1")).isTrue();
        assertThat(FROM_EU.copies("cyberplan.incidents.v1")).isFalse();
    }

    @Test
    void shouldKeepTopicNamesSoTheServicesNeedNoChange() {
        for (KafkaMirrorMaker2 mirror : MIRRORS) {
            assertThat(mirror.getSpec().getMirrors().get(0).getSourceConnector().getConfig())
                    .containsEntry("replication.policy.class",
                            "org.apache.kafka.connect.mirror.IdentityReplicationPolicy");
            assertThat(mirror.getSpec().getConnectCluster())
                    .isEqualTo(mirror.getSpec().getMirrors().get(0).getTargetCluster());
        }
    }

    @Test
    void shouldMirrorEveryTopicOneWayOnlySoNothingLoops() {
        for (String topic : Topics.allQualified(Topics.DEFAULT_PREFIX)) {
            assertThat(TO_EU.copies(topic) && FROM_EU.copies(topic)).as(topic + " both ways").isFalse();
        }
        assertThat(TO_EU.copies("cyberplan.directory.v1")).as("the EU cluster holds the whole directory").isTrue();
    }

    @Test
    void shouldUseNoTransformsBecauseMirrorMakersByteArrayHeaderConverterRefusesTheirHeaders() {
        for (KafkaMirrorMaker2 mirror : MIRRORS) {
            assertThat(mirror.getSpec().getMirrors().get(0).getSourceConnector().getConfig())
                    .as(mirror.getMetadata().getName()).doesNotContainKeys("transforms", "predicates");
        }
    }

    private static MirrorCopy copy(String name) {
        return MIRRORS.stream().filter(m -> m.getMetadata().getName().equals(name)).findFirst()
                .map(MirrorCopy::of).orElseThrow();
    }
}
