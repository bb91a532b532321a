package eu.cyberplan.infra.bench;

import eu.cyberplan.platform.kafka.KafkaClientSecurity;

import java.util.Map;

/** The drivers' Kafka clients talk to the stack's broker as its services do: with the same CYBERPLAN_KAFKA_* settings. */
final class BenchKafka {

    private static final KafkaClientSecurity SECURITY = KafkaClientSecurity.fromEnvironment();

    private BenchKafka() {
    }

    static Map<String, Object> client(Map<String, ?> configuration) {
        return SECURITY.applyTo(configuration);
    }
}
