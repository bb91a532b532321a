package eu.cyberplan.contactpoints.channel;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A country's notification channels, read and replaced as one document. */
@Serdeable
public record CountryChannels(String country, List<ChannelView> channels) {
}
