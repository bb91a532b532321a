package eu.cyberplan.testing;

import java.util.Map;

/**
 * What one service's {@code @MicronautTest} runs against: a fresh database, the chosen Kafka, fresh topics and the
 * test JWKS. Create it in {@code TestPropertyProvider#getProperties()} and return {@link #properties()}.
 */
public record ServiceUnderTest(Map<String, String> properties) {

    public static ServiceUnderTest of(String service) {
        return new ServiceUnderTest(Map.copyOf(TestInfrastructure.serviceProperties(service)));
    }

    public String kafkaBootstrap() {
        return properties.get("kafka.bootstrap.servers");
    }

    /** The full name of a topic under this test's prefix, e.g. {@code topic("alerts.v1")}. */
    public String topic(String name) {
        return properties.get("cyberplan.topics.prefix") + "." + name;
    }

    /** Reads one of this test's topics from its beginning, e.g. {@code reader("receipts.v1")}. */
    public TopicReader reader(String topic) {
        return new TopicReader(kafkaBootstrap(), topic(topic));
    }

    /** Publishes CloudEvents as another service would; address them with {@link #topic(String)}. */
    public CloudEventPublisher publisher() {
        return new CloudEventPublisher(kafkaBootstrap());
    }
}
