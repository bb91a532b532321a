package eu.cyberplan.contactpoints.channel;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * How notifications are sent: how many are claimed at once and for how long, by how many senders in parallel, and
 * how often one is tried ({@link BackoffSettings}: the waits between). The defaults are in application.yml.
 */
@ConfigurationProperties("cyberplan.notifications")
public record DeliverySettings(@Positive int batchSize, @Positive int senders, @Positive int maxAttempts, @NotNull Duration claimLease) {
}
