package eu.cyberplan.platform.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the outbox relay publishes: the largest request the producer sends, how many rows one pass takes, and how often
 * it looks while busy and while idle. The defaults are here and nowhere else (no service repeats them in its YAML).
 */
@ConfigurationProperties("cyberplan.outbox.relay")
public record RelaySettings(@Bindable(defaultValue = "1048576") int maxRequestSize, @Bindable(defaultValue = "500") int batchSize,
                            @Bindable(defaultValue = "250ms") Duration pollInterval, @Bindable(defaultValue = "2s") Duration idlePollInterval) {
}
