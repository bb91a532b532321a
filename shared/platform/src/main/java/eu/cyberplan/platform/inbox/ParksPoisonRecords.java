package eu.cyberplan.platform.inbox;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Executable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a batch {@code @KafkaListener} method taking {@code ConsumerRecords}: a record that fails deterministically is
 * isolated from its batch, retried a few times and then parked in {@code parked_event}, and consumption goes on past
 * it; a transient failure (database down) is rethrown, so the listener's error strategy retries the batch without
 * skipping anything (DESIGN §4, §10). See {@link PoisonRecordInterceptor}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
@Executable
public @interface ParksPoisonRecords {
}
