package eu.cyberplan.contactpoints.directory;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A country of the plan with its national contact point (DESIGN §9). */
@Serdeable
public record CountryView(String code, String name, boolean member, List<String> timeZones, List<String> languages, Ncp ncp,
                          String cycloneLiaison, String singlePointOfContact, Instant nodeLastSeenAt) {

    /** The NCP's primary and backup channels. */
    @Serdeable
    public record Ncp(String primary, String backup) {
    }
}
