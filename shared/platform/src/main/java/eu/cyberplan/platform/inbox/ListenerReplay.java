package eu.cyberplan.platform.inbox;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.BeanContext;
import io.micronaut.context.env.Environment;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Applies a parked record again through the very listener method that consumes its topic for its consumer group, as
 * if it had just been polled: the listener's own transaction and inbox, and, should it fail again, parking again.
 */
@Singleton
public class ListenerReplay {

    private final BeanContext beans;
    private final Environment environment;

    public ListenerReplay(BeanContext beans, Environment environment) {
        this.beans = beans;
        this.environment = environment;
    }

    /** True when a listener of this service took the record; false when none consumes its topic for that group. */
    @SuppressWarnings("unchecked")
    public boolean replay(String consumerGroup, ConsumerRecord<String, byte[]> record) {
        for (BeanDefinition<?> definition : beans.getBeanDefinitions(Qualifiers.byStereotype(KafkaListener.class))) {
            String group = definition.stringValue(KafkaListener.class, "groupId").map(this::resolve).orElse("");
            if (!group.equals(consumerGroup)) {
                continue;
            }
            for (ExecutableMethod<?, ?> method : definition.getExecutableMethods()) {
                if (method.hasAnnotation(ParksPoisonRecords.class) && consumes(method, record.topic())) {
                    Object listener = beans.getBean(definition);
                    ((ExecutableMethod<Object, Object>) method).invoke(listener, batchOf(record));
                    return true;
                }
            }
        }
        return false;
    }

    private boolean consumes(ExecutableMethod<?, ?> method, String topic) {
        // @Topic is repeatable: its values sit in the container annotation, so read every occurrence.
        return method.getAnnotationValuesByType(Topic.class).stream()
                .flatMap(annotation -> Arrays.stream(annotation.stringValues()))
                .map(this::resolve).anyMatch(topic::equals);
    }

    private String resolve(String value) {
        return environment.getPlaceholderResolver().resolveRequiredPlaceholders(value);
    }

    private static ConsumerRecords<String, byte[]> batchOf(ConsumerRecord<String, byte[]> record) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(record.topic(), record.partition()), List.of(record)));
    }
}
