package eu.cyberplan.platform.inbox;

import eu.cyberplan.platform.signing.EventGate;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.MutableArgumentValue;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a poison record from stopping its partition (DESIGN §4). The listener first gets its whole batch, in one
 * transaction as before. When that fails deterministically, the batch is split in halves, each applied on its own,
 * down to the single record to blame (a few transactions, not one per record); that record is retried a few times
 * and then parked, and every other record of the batch is applied. A transient failure at any point is rethrown:
 * the listener's RETRY_ON_ERROR strategy then seeks back and retries the batch, skipping nothing, and the inbox
 * ({@link ProcessedEvents}) makes the re-application of what already committed a no-op.
 */
@Singleton
@InterceptorBean(ParksPoisonRecords.class)
public class PoisonRecordInterceptor implements MethodInterceptor<Object, Object> {

    private final ParkedRecords parked;
    private final EventGate gate;
    private final int attempts;
    private final Duration backoff;
    private final Environment environment;

    public PoisonRecordInterceptor(ParkedRecords parked, EventGate gate, PoisonSettings settings, Environment environment) {
        this.parked = parked;
        this.environment = environment;
        this.gate = gate;
        this.attempts = Math.max(1, settings.parkAfterAttempts());
        this.backoff = settings.retryBackoff();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        MutableArgumentValue<Object> argument = recordsArgument(context);
        if (argument == null) {
            return context.proceed();
        }
        // The group as Kafka knows it (its node's prefix resolved), the same name ListenerReplay looks for.
        String group = context.stringValue(KafkaListener.class, "groupId")
                .map(environment.getPlaceholderResolver()::resolveRequiredPlaceholders).orElse(context.getDeclaringType().getName());
        // Records nobody trusted vouches for are quarantined first, never applied nor retried (DESIGN §11).
        argument.setValue(gate.admit(group, batch(argument.getValue())));
        // The batch as Kafka gave it, untouched: the records are copied and regrouped only once it failed.
        try {
            context.proceed(this);
        } catch (RuntimeException failure) {
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            recordsOf(argument.getValue()).forEach(records::add);
            isolate(context, argument, group, records, failure);
        }
        return null;
    }

    private void apply(MethodInvocationContext<Object, Object> context, MutableArgumentValue<Object> argument, String group,
                       List<ConsumerRecord<String, byte[]>> records) {
        try {
            proceedWith(context, argument, records);
        } catch (RuntimeException failure) {
            isolate(context, argument, group, records, failure);
        }
    }

    /** After {@code records} failed together: rethrows a transient failure, else halves them down to the record to blame. */
    private void isolate(MethodInvocationContext<Object, Object> context, MutableArgumentValue<Object> argument, String group,
                         List<ConsumerRecord<String, byte[]>> records, RuntimeException failure) {
        if (HandlingFailures.isTransient(failure) || records.isEmpty()) {
            throw failure;
        }
        if (records.size() == 1) {
            retryOrPark(context, argument, group, records.get(0), failure);
            return;
        }
        int half = records.size() / 2;
        apply(context, argument, group, records.subList(0, half));
        apply(context, argument, group, records.subList(half, records.size()));
    }

    private void retryOrPark(MethodInvocationContext<Object, Object> context, MutableArgumentValue<Object> argument, String group,
                             ConsumerRecord<String, byte[]> record, RuntimeException firstFailure) {
        RuntimeException last = firstFailure;
        for (int attempt = 2; attempt <= attempts; attempt++) {
            pause(backoff.multipliedBy(attempt - 1));
            try {
                proceedWith(context, argument, List.of(record));
                return;
            } catch (RuntimeException failure) {
                if (HandlingFailures.isTransient(failure)) {
                    throw failure;
                }
                last = failure;
            }
        }
        parked.park(group, record, last, attempts);
    }

    private void proceedWith(MethodInvocationContext<Object, Object> context, MutableArgumentValue<Object> argument,
                             List<ConsumerRecord<String, byte[]>> records) {
        argument.setValue(batchOf(records));
        context.proceed(this);
    }

    private static ConsumerRecords<String, byte[]> batchOf(List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> byPartition = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            byPartition.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), p -> new ArrayList<>()).add(record);
        }
        return new ConsumerRecords<>(byPartition);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecords<String, byte[]> batch(Object value) {
        return (ConsumerRecords<String, byte[]>) value;
    }

    @SuppressWarnings("unchecked")
    private static Iterable<ConsumerRecord<String, byte[]>> recordsOf(Object value) {
        return value == null ? List.of() : (Iterable<ConsumerRecord<String, byte[]>>) value;
    }

    @SuppressWarnings("unchecked")
    private static MutableArgumentValue<Object> recordsArgument(MethodInvocationContext<Object, Object> context) {
        for (MutableArgumentValue<?> argument : context.getParameters().values()) {
            if (ConsumerRecords.class.isAssignableFrom(argument.getType())) {
                return (MutableArgumentValue<Object>) argument;
            }
        }
        return null;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a failed record", e);
        }
    }
}
