package eu.cyberplan.contactpoints.channel;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One channel as the API shows it: the webhook secret is write-only, only {@code secretSet} tells it is there. */
@Serdeable
public record ChannelView(Route route, ChannelKind kind, String address, boolean secretSet, boolean enabled, String updatedBy,
                          Instant updatedAt) {
}
