package eu.cyberplan.contactpoints.roster;

import java.time.Duration;
import java.time.Instant;

/** A stretch of time, from {@code start} (inclusive) to {@code end} (exclusive), when nobody holds {@code role}. */
public record Gap(DutyRole role, Instant start, Instant end) {

    public Duration length() {
        return Duration.between(start, end);
    }
}
