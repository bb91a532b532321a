package eu.cyberplan.platform.outbox;

import eu.cyberplan.platform.kafka.KafkaClientSecurity;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Asks the broker whether a topic exists, when the producer only knows that it found no metadata for it: a missing
 * topic parks its events, a broker that does not answer is a reason to retry them.
 */
final class TopicProbe implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final KafkaClientSecurity security;
    private Admin admin;

    TopicProbe(String bootstrapServers, KafkaClientSecurity security) {
        this.bootstrapServers = bootstrapServers;
        this.security = security;
    }

    /** True only when the broker answered that the topic does not exist; false when it exists or nobody answered. */
    boolean confirmedMissing(String topic) throws InterruptedException {
        try {
            admin().describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(security.applyTo(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis())));
        }
        return admin;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
