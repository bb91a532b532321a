package eu.cyberplan.contactpoints.channel;

import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One channel as a client writes it: a webhook URL with its secret, or an e-mail address. A webhook written without a
 * secret keeps the secret it already has for that address, so a client can send back what it read.
 */
@Serdeable
public record ChannelRequest(@Nullable @Size(max = 40) @SingleLine String route, @Nullable @Size(max = 40) @SingleLine String kind,
                             @Nullable @Size(max = 2000) @SingleLine String address, @Nullable @Size(max = 500) @SingleLine String secret,
                             @Nullable Boolean enabled) {
}
