package eu.cyberplan.contactpoints.node;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** How often this node says it is alive; the default is in application.yml. */
@ConfigurationProperties("cyberplan.node.heartbeat")
public record HeartbeatSettings(@NotNull Duration interval) {
}
