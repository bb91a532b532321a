package eu.cyberplan.contactpoints.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code notification_channel}, secret included; it never leaves the service as such (see {@link #view()}). */
@MappedEntity("notification_channel")
record Channel(@Id UUID id, String country, Route route, ChannelKind kind, String address, @Nullable String secret, boolean enabled,
               String updatedBy, Instant updatedAt) {

    ChannelView view() {
        return new ChannelView(route, kind, address, secret != null, enabled, updatedBy, updatedAt);
    }
}
