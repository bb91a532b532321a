package eu.cyberplan.exercises.release;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Positive;

/** How many due injects one transaction releases (the poll interval is read by the scheduler); defaults in application.yml. */
@ConfigurationProperties("cyberplan.exercises.release")
public record ReleaseSettings(@Positive int batchSize) {
}
