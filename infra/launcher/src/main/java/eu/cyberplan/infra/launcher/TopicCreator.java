package eu.cyberplan.infra.launcher;

import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.kafka.KafkaClientSecurity;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Creates the CyberPlan topics and their exercise twins; the ones already there are left as they are. */
final class TopicCreator {

    private TopicCreator() {
    }

    /** Returns how many topics it created; the rest existed. */
    static int createMissing(String bootstrap, KafkaClientSecurity security, String prefix) {
        Set<String> compacted = Topics.COMPACTED.stream()
                .flatMap(name -> List.of(Topics.qualified(prefix, name, false), Topics.qualified(prefix, name, true)).stream())
                .collect(Collectors.toSet());
        try (Admin admin = KafkaProbe.admin(bootstrap, security)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.allQualified(prefix).stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> newTopic(name, compacted.contains(name)))
                    .toList();
            int created = 0;
            for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(missing).values().entrySet()) {
                created += awaitCreated(result.getKey(), result.getValue()) ? 1 : 0;
            }
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new LaunchFailure("cannot list the topics on " + bootstrap + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while creating topics", e);
        }
    }

    private static NewTopic newTopic(String name, boolean compacted) {
        NewTopic topic = new NewTopic(name, Topics.PARTITIONS, (short) 1);
        return compacted ? topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)) : topic;
    }

    /** False when another client created it meanwhile (two launchers, a service's own admin). */
    private static boolean awaitCreated(String name, KafkaFuture<Void> creation)
            throws InterruptedException, TimeoutException {
        try {
            creation.get(30, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new LaunchFailure("cannot create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
