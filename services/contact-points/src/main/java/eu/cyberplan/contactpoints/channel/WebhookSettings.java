package eu.cyberplan.contactpoints.channel;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.util.List;

/** Where webhooks may post and how long a call may take (the reasons are in application.yml, with the defaults). */
@ConfigurationProperties("cyberplan.notifications.webhook")
public record WebhookSettings(@NotNull Duration timeout, boolean allowPrivate, boolean allowLoopback, @NotNull List<Integer> ownPorts) {
}
