package eu.cyberplan.contactpoints.roster;

import java.time.Instant;
import java.util.Objects;

/** A person on duty in one role from {@code start} (inclusive) to {@code end} (exclusive). */
public record Shift(String person, DutyRole role, Instant start, Instant end) {

    public Shift {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    public boolean overlaps(Shift other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
