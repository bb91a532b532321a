package eu.cyberplan.contactpoints.directory;

import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A country of the plan with its national contact point, its CSIRTs and when its node was last seen (DESIGN §9). */
@Serdeable
public record CountryView(String code, String name, boolean member, List<String> timeZones, List<String> languages, @Nullable Ncp ncp,
                          @Nullable String cycloneLiaison, @Nullable String singlePointOfContact, List<Csirt> csirts,
                          @Nullable Instant nodeLastSeenAt) {

    /** The NCP's primary and backup channels. */
    @Serdeable
    public record Ncp(@Nullable @Size(max = 200) @SingleLine String primary, @Nullable @Size(max = 200) @SingleLine String backup) {
    }

    /** One CSIRT of the country; {@code ncp} marks the one that is the national contact point. */
    @Serdeable
    public record Csirt(@Nullable @Size(max = 200) @SingleLine String name, @Nullable @Size(max = 254) @SingleLine String email,
                        @Nullable @Size(max = 40) @SingleLine String phone, boolean ncp) {
    }

    CountryView withCsirts(List<Csirt> list) {
        return new CountryView(code, name, member, timeZones, languages, ncp, cycloneLiaison, singlePointOfContact, list, nodeLastSeenAt);
    }
}
