package eu.cyberplan.infra.deploy;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node principals' ACLs cover what the node's services consume (their listeners, read from the code) and publish
 * (DESIGN §2), and no more: a national node cannot write alerts, protocol events or drills.
 */
class KafkaAclsTest {

    private static final List<String> NATIONAL = List.of("contact-points", "incident-reporting", "console");

    @Test
    void shouldLetANationalNodeReadAndWriteWhatItsServicesConsumeAndPublish() {
        KafkaUser national = user("base/kafka/users.yaml");
        for (String service : NATIONAL) {
            assertCovers(national, ServiceTraffic.of(Repository.ROOT, service));
        }
    }

    @Test
    void shouldNotLetANationalNodeWriteWhatOnlyTheEuNodePublishes() {
        KafkaUser national = user("base/kafka/users.yaml");
        for (String service : List.of("escalation", "exercises")) {
            for (String topic : ServiceTraffic.of(Repository.ROOT, service).publishes()) {
                assertThat(allows(national, topic, AclOperation.WRITE)).as("national write " + topic).isFalse();
            }
        }
        assertThat(allowsGroup(national, "escalation-incidents")).isFalse();
    }

    @Test
    void shouldLetTheEuNodeReadAndWriteWhatAllItsServicesConsumeAndPublish() {
        KafkaUser eu = user("components/eu-level/kafka-user-patch.yaml");
        assertThat(eu.getMetadata().getName()).isEqualTo(user("base/kafka/users.yaml").getMetadata().getName());
        for (String service : Repository.SERVICES) {
            assertCovers(eu, ServiceTraffic.of(Repository.ROOT, service));
        }
    }

    @Test
    void shouldFindTheListenersOfEachService() {
        ServiceTraffic contactPoints = ServiceTraffic.of(Repository.ROOT, "contact-points");
        assertThat(contactPoints.consumes()).contains("cyberplan.alerts.v1", "cyberplan.directory.v1",
                "cyberplan.receipts.v1");
        assertThat(contactPoints.groups()).contains("contact-points-alerts");
        assertThat(ServiceTraffic.of(Repository.ROOT, "console").consumes()).isEmpty();
    }

    private static void assertCovers(KafkaUser user, ServiceTraffic traffic) {
        for (String topic : traffic.consumes()) {
            assertThat(allows(user, topic, AclOperation.READ)).as(traffic.service() + " reads " + topic).isTrue();
        }
        for (String topic : traffic.publishes()) {
            assertThat(allows(user, topic, AclOperation.WRITE)).as(traffic.service() + " writes " + topic).isTrue();
        }
        for (String group : traffic.groups()) {
            assertThat(allowsGroup(user, group)).as(traffic.service() + " group " + group).isTrue();
        }
    }

    private static boolean allows(KafkaUser user, String topic, AclOperation operation) {
        return rules(user).stream().anyMatch(rule -> rule.getResource() instanceof AclRuleTopicResource resource
                && matches(resource.getName(), resource.getPatternType(), topic) && grants(rule, operation));
    }

    private static boolean allowsGroup(KafkaUser user, String group) {
        return rules(user).stream().anyMatch(rule -> rule.getResource() instanceof AclRuleGroupResource resource
                && matches(resource.getName(), resource.getPatternType(), group) && grants(rule, AclOperation.READ));
    }

    private static boolean matches(String name, AclResourcePatternType type, String candidate) {
        return type == AclResourcePatternType.PREFIX ? candidate.startsWith(name) : candidate.equals(name);
    }

    private static boolean grants(AclRule rule, AclOperation operation) {
        return rule.getOperations().contains(operation) || rule.getOperations().contains(AclOperation.ALL);
    }

    private static List<AclRule> rules(KafkaUser user) {
        return ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
    }

    private static KafkaUser user(String file) {
        Path path = Repository.K8S.resolve(file);
        return StrictYaml.read(StrictYaml.documents(path).get(0), KafkaUser.class);
    }
}
