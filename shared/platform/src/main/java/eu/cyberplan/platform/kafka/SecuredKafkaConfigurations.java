package eu.cyberplan.platform.kafka;

import io.micronaut.configuration.kafka.config.AbstractKafkaConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Adds the security settings to every configuration micronaut-kafka builds its clients from (the defaults under
 * {@code kafka.*}, each consumer group's, the producers', the admin client and health check's), so that no
 * service's application.yml repeats them.
 */
@Singleton
class SecuredKafkaConfigurations implements BeanCreatedEventListener<AbstractKafkaConfiguration<?, ?>> {

    private final KafkaClientSecurity security;

    SecuredKafkaConfigurations(KafkaClientSecurity security) {
        this.security = security;
    }

    @Override
    public AbstractKafkaConfiguration<?, ?> onCreated(BeanCreatedEvent<AbstractKafkaConfiguration<?, ?>> event) {
        AbstractKafkaConfiguration<?, ?> configuration = event.getBean();
        configuration.getConfig().putAll(security.clientProperties());
        return configuration;
    }
}
