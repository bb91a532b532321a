package eu.cyberplan.contactpoints.channel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of {@code PUT /api/v1/countries/{cc}/channels}: the country's whole list of channels. */
@Serdeable
public record ChannelsUpdate(@Nullable @Size(max = 20) List<@Valid @NotNull ChannelRequest> channels) {
}
