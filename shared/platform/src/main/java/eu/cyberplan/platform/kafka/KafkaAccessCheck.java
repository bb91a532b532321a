package eu.cyberplan.platform.kafka;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * At start-up, asks the broker who it is with the service's own credentials. A broker that refuses them (wrong SASL
 * password, unknown user, a certificate it does not trust) will refuse them forever: the service says so in one ERROR
 * line and does not start, instead of retrying in the background while it looks healthy. A broker that does not
 * answer is only a warning: Kafka being down is an outage the service rides out (the outbox keeps the events).
 */
@Singleton
@Requires(property = "cyberplan.kafka.access-check.enabled", notEquals = "false")
class KafkaAccessCheck implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaAccessCheck.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaClientSecurity security;
    private final String bootstrapServers;

    KafkaAccessCheck(KafkaClientSecurity security, @Value("${kafka.bootstrap.servers}") String bootstrapServers) {
        this.security = security;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        try (Admin admin = Admin.create(security.applyTo(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "access-check",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis())))) {
            String cluster = admin.describeCluster().clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Kafka at {} accepts this service ({}), cluster {}", bootstrapServers, security, cluster);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException refused) {
                String message = "Kafka at " + bootstrapServers + " refused this service's credentials (" + security + "): "
                        + kind(refused) + ": " + refused.getMessage();
                LOG.error("{}. Check CYBERPLAN_KAFKA_SASL_USERNAME, CYBERPLAN_KAFKA_SASL_PASSWORD and the trust store; not starting.", message);
                throw new KafkaAccessRefused(message, refused);
            }
            LOG.warn("Kafka at {} did not answer the start-up check ({}); going on, the outbox keeps the events: {}",
                    bootstrapServers, security, e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.warn("Kafka at {} did not answer the start-up check within {} s ({}); going on, the outbox keeps the events",
                    bootstrapServers, TIMEOUT.toSeconds(), security);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String kind(AuthenticationException refused) {
        if (refused instanceof SaslAuthenticationException) {
            return "SASL authentication failed";
        }
        return refused instanceof SslAuthenticationException ? "TLS handshake failed" : "authentication failed";
    }

    /** The broker refused the service's credentials: the service does not start. */
    static final class KafkaAccessRefused extends IllegalStateException {
        KafkaAccessRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
