package eu.cyberplan.escalation.timer;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Positive;

/** How many due deadlines one transaction fires (the poll interval is read by the scheduler); defaults in application.yml. */
@ConfigurationProperties("escalation.timers")
public record TimerSettings(@Positive int batchSize) {
}
