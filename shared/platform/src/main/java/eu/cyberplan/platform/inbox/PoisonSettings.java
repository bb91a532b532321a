package eu.cyberplan.platform.inbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** How often a record that fails alone is tried, and how long apart, before it is parked; the defaults are here only. */
@ConfigurationProperties("cyberplan.inbox")
public record PoisonSettings(@Bindable(defaultValue = "3") int parkAfterAttempts, @Bindable(defaultValue = "200ms") Duration retryBackoff) {
}
