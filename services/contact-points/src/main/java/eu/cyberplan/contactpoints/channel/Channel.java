package eu.cyberplan.contactpoints.channel;

import java.time.Instant;
import java.util.UUID;

/** A stored channel, secret included; it never leaves the service as such (see {@link #view()}). */
record Channel(UUID id, String country, Route route, ChannelKind kind, String address, String secret, boolean enabled,
               String updatedBy, Instant updatedAt) {

    ChannelView view() {
        return new ChannelView(route, kind, address, secret != null, enabled, updatedBy, updatedAt);
    }
}
