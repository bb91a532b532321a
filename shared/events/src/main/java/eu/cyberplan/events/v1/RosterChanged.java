package eu.cyberplan.events.v1;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A country replaced the shifts of its duty roster in [{@code from}, {@code to}); carries every shift now in that
 * window and the gaps it leaves (where nobody, or no backup, is on duty).
 */
@Serdeable
public record RosterChanged(
        String country,
        Instant from,
        Instant to,
        List<Shift> shifts,
        List<Gap> gaps,
        String changedBy,
        Instant changedAt) {

    /** One shift: a person on duty as PRIMARY or BACKUP from {@code start} (inclusive) to {@code end} (exclusive). */
    @Serdeable
    public record Shift(String person, String role, Instant start, Instant end) {
    }

    /** A stretch of time without a PRIMARY or without a BACKUP on duty. */
    @Serdeable
    public record Gap(String role, Instant start, Instant end) {
    }
}
