package eu.cyberplan.contactpoints.channel;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** The wait before a notification's second attempt, doubling up to {@code max}; the defaults are in application.yml. */
@ConfigurationProperties("cyberplan.notifications.backoff")
public record BackoffSettings(@NotNull Duration initial, @NotNull Duration max) {
}
