package eu.cyberplan.infra.mirror;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ACLs of a Strimzi KafkaUser manifest as Kafka ACL bindings for a principal, as Strimzi's User Operator would
 * write them, so that a test broker enforces exactly what infra/k8s grants. Topic names move to the test's prefix.
 */
final class KafkaUserAcls {

    private KafkaUserAcls() {
    }

    @SuppressWarnings("unchecked")
    static List<AclBinding> of(Path manifest, String user, String topicPrefix) throws IOException {
        Map<String, Object> resource;
        try (Reader reader = Files.newBufferedReader(manifest)) {
            resource = new Yaml().load(reader);
        }
        Map<String, Object> authorization = (Map<String, Object>) ((Map<String, Object>) resource.get("spec")).get("authorization");
        List<AclBinding> bindings = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) authorization.get("acls")) {
            ResourcePattern pattern = pattern((Map<String, Object>) rule.get("resource"), topicPrefix);
            for (String operation : (List<String>) rule.get("operations")) {
                bindings.add(new AclBinding(pattern, new AccessControlEntry("User:" + user, "*",
                        // Strimzi spells operations in camel case (IdempotentWrite), Kafka's enum in snake case.
                        AclOperation.valueOf(operation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)),
                        AclPermissionType.ALLOW)));
            }
        }
        return bindings;
    }

    private static ResourcePattern pattern(Map<String, Object> resource, String topicPrefix) {
        String type = (String) resource.get("type");
        PatternType patternType = "prefix".equals(resource.get("patternType")) ? PatternType.PREFIXED : PatternType.LITERAL;
        return switch (type) {
            case "topic" -> new ResourcePattern(ResourceType.TOPIC, ((String) resource.get("name")).replaceFirst("^cyberplan\\.", topicPrefix + "."), patternType);
            case "group" -> new ResourcePattern(ResourceType.GROUP, (String) resource.get("name"), patternType);
            case "cluster" -> new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
            default -> throw new IllegalArgumentException("ACL resource type " + type + " is not handled");
        };
    }
}
