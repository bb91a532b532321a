package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.contactpoints.directory.Person;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the roster endpoints answer: instants, each shown again in the country's local time. */
public final class RosterViews {

    private RosterViews() {
    }

    /** A shift with the person's name, in UTC and in the country's time. */
    @Serdeable
    public record ShiftView(String person, @Nullable String name, String role, Instant start, Instant end,
                            OffsetDateTime startLocal, OffsetDateTime endLocal) {

        static ShiftView of(Shift shift, @Nullable Person person, ZoneId zone) {
            return new ShiftView(shift.person(), person == null ? null : person.name(), shift.role().name(), shift.start(), shift.end(),
                    local(shift.start(), zone), local(shift.end(), zone));
        }
    }

    /** A stretch without a primary or without a backup, in UTC and in the country's time. */
    @Serdeable
    public record GapView(String role, Instant start, Instant end, OffsetDateTime startLocal, OffsetDateTime endLocal, long minutes) {

        static GapView of(Gap gap, ZoneId zone) {
            return new GapView(gap.role().name(), gap.start(), gap.end(), local(gap.start(), zone), local(gap.end(), zone),
                    gap.length().toMinutes());
        }
    }

    /** The shifts of [from, to) and the gaps they leave. */
    @Serdeable
    public record RosterView(String country, String timeZone, Instant from, Instant to, List<ShiftView> shifts, List<GapView> gaps) {
    }

    /** The person on duty in a role: who, how to reach them, and their shift. */
    @Serdeable
    public record OnDutyOfficer(String person, @Nullable String name, @Nullable String email, @Nullable String phone,
                                Instant shiftStart, Instant shiftEnd, OffsetDateTime shiftStartLocal, OffsetDateTime shiftEndLocal) {

        static OnDutyOfficer of(Shift shift, @Nullable Person person, ZoneId zone) {
            return new OnDutyOfficer(shift.person(), person == null ? null : person.name(), person == null ? null : person.email(),
                    person == null ? null : person.phone(), shift.start(), shift.end(), local(shift.start(), zone), local(shift.end(), zone));
        }
    }

    /** Who is on duty at an instant; null where nobody is (a gap is an answer). */
    @Serdeable
    public record OnDuty(String country, Instant at, OffsetDateTime atLocal, @Nullable OnDutyOfficer primary, @Nullable OnDutyOfficer backup) {
    }

    /** A country's week checked against the 24/7 promise. */
    @Serdeable
    public record Coverage(String country, String week, String timeZone, Instant start, Instant end, OffsetDateTime startLocal,
                           OffsetDateTime endLocal, long hours, boolean covered, long primaryGapMinutes, long backupGapMinutes,
                           List<GapView> gaps) {
    }

    static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
