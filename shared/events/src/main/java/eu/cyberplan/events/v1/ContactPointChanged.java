package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A country's directory entry changed; carries the entry's full current state (the topic is compacted on
 * {@code <country>/contact-point.changed}).
 */
@Serdeable
public record ContactPointChanged(
        String country,
        String name,
        boolean member,
        List<String> timeZones,
        List<String> languages,
        String ncpPrimary,
        String ncpBackup,
        String cycloneLiaison,
        String singlePointOfContact,
        List<Csirt> csirts,
        String changedBy,
        Instant changedAt) {

    /** One CSIRT of the country; {@code ncp} marks the one that is the national contact point. */
    @Serdeable
    public record Csirt(String name, String email, String phone, boolean ncp) {
    }
}
