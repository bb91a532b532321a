package eu.cyberplan.platform.kafka;

import io.micronaut.configuration.kafka.config.KafkaHealthConfigurationProperties;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * micronaut-kafka's health check reads the brokers' configuration (DescribeConfigs on the cluster), which a node's
 * principal is not granted (infra/k8s/base/kafka/users.yaml): with it, /health, the readiness probe, would be DOWN on
 * every secured cluster. When the service authenticates, the check is the restricted one: the cluster answers this
 * principal (DescribeCluster), which is what readiness needs.
 */
@Singleton
class PrincipalKafkaHealth implements BeanCreatedEventListener<KafkaHealthConfigurationProperties> {

    private final KafkaClientSecurity security;

    PrincipalKafkaHealth(KafkaClientSecurity security) {
        this.security = security;
    }

    @Override
    public KafkaHealthConfigurationProperties onCreated(BeanCreatedEvent<KafkaHealthConfigurationProperties> event) {
        KafkaHealthConfigurationProperties health = event.getBean();
        if (!security.protocol().equals("PLAINTEXT")) {
            health.setRestricted(true);
        }
        return health;
    }
}
