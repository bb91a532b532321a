package eu.cyberplan.platform.kafka;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The service's Kafka client security, read once from its environment (PLAINTEXT when nothing is set). */
@Factory
class KafkaSecurityFactory {

    @Singleton
    KafkaClientSecurity kafkaClientSecurity() {
        return KafkaClientSecurity.fromEnvironment();
    }
}
