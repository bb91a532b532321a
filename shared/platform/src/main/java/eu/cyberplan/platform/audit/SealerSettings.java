package eu.cyberplan.platform.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** How often the audit sealer looks for unsealed entries while busy and while idle; the defaults are here only. */
@ConfigurationProperties("cyberplan.audit.sealer")
public record SealerSettings(@Bindable(defaultValue = "200ms") Duration interval, @Bindable(defaultValue = "2s") Duration idleInterval) {
}
