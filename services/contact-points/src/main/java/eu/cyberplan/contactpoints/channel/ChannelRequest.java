package eu.cyberplan.contactpoints.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One channel as a client writes it: a webhook URL with its secret, or an e-mail address. A webhook written without a
 * secret keeps the secret it already has for that address, so a client can send back what it read.
 */
@Serdeable
public record ChannelRequest(@Nullable String route, @Nullable String kind, @Nullable String address, @Nullable String secret,
                             @Nullable Boolean enabled) {
}
