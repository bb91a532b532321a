package eu.cyberplan.platform.inbox;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.context.annotation.AliasFor;
import io.micronaut.context.annotation.Property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How every service consumes events (DESIGN §4, §10): batches from the earliest offset, the offsets committed after the
 * batch's transaction, and a failed batch retried without end, never skipped, every
 * {@code cyberplan.inbox.batch-retry-delay} (1 s unless set; the default lives here only, as a library setting's does on
 * its record). The methods carry {@link ParksPoisonRecords}, so a record that fails deterministically is parked instead
 * of retried forever. {@link #value()} names the consumer group, after {@link #GROUP_PREFIX}.
 *
 * <p>A poll waits up to {@code cyberplan.inbox.poll-timeout} (1 s unless set) for records: records return as soon as they
 * are there, so this costs no latency, but an idle listener wakes once a second instead of ten times (Micronaut's 100 ms),
 * which with 30 listeners on a node was ≈ 3 % of a 2-core machine with nothing to do (issue 22).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(offsetReset = OffsetReset.EARLIEST, batch = true, offsetStrategy = OffsetStrategy.SYNC,
        pollTimeout = "${cyberplan.inbox.poll-timeout:1s}",
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryDelay = "${cyberplan.inbox.batch-retry-delay:1s}",
                retryCount = Integer.MAX_VALUE, handleAllExceptions = true))
public @interface EventConsumer {

    /**
     * Put before every group name: {@code cyberplan.kafka.group-prefix} ({@code CYBERPLAN_KAFKA_GROUP_PREFIX}), empty
     * unless set. Nodes sharing one Kafka cluster (the local federation, DESIGN §11) each set their own, e.g.
     * {@code baltic.}: with the same group names they would split the partitions between them, each node seeing only
     * part of the events meant for every node.
     */
    String GROUP_PREFIX = "${cyberplan.kafka.group-prefix:}";

    /** The consumer group. */
    @AliasFor(annotation = KafkaListener.class, member = "groupId")
    String value();

    /** Consumer settings of this listener alone, e.g. a larger poll. */
    @AliasFor(annotation = KafkaListener.class, member = "properties")
    Property[] properties() default {};
}
