package eu.cyberplan.contactpoints.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A country's duty roster: who is on duty when, and where the 24/7 promise is broken. Shifts are instants, so a
 * shift across a change of daylight saving time is as long as the hours really worked.
 */
public final class DutyRoster {

    private final List<Shift> shifts;

    public DutyRoster(List<Shift> shifts) {
        this.shifts = shifts.stream().sorted(Comparator.comparing(Shift::start).thenComparing(Shift::end)).toList();
    }

    /**
     * The person holding the role at that instant. When shifts of one role overlap (a handover), the one who started
     * last has taken over.
     */
    public Optional<Shift> onDutyAt(DutyRole role, Instant at) {
        return shifts.stream()
                .filter(shift -> shift.role() == role && shift.covers(at))
                .max(Comparator.comparing(Shift::start));
    }

    /** Every stretch of [from, to) during which nobody holds the role, in time order. */
    public List<Gap> gaps(DutyRole role, Instant from, Instant to) {
        List<Gap> gaps = new ArrayList<>();
        Instant covered = from;
        for (Shift shift : shifts) {
            if (shift.role() != role || !shift.end().isAfter(covered) || !shift.start().isBefore(to)) {
                continue;
            }
            if (shift.start().isAfter(covered)) {
                gaps.add(new Gap(role, covered, shift.start()));
            }
            covered = shift.end();
            if (!covered.isBefore(to)) {
                return gaps;
            }
        }
        if (covered.isBefore(to)) {
            gaps.add(new Gap(role, covered, to));
        }
        return gaps;
    }

    /** The gaps of both roles in [from, to), the primary's first. */
    public List<Gap> gaps(Instant from, Instant to) {
        List<Gap> gaps = new ArrayList<>(gaps(DutyRole.PRIMARY, from, to));
        gaps.addAll(gaps(DutyRole.BACKUP, from, to));
        return gaps;
    }

    /** Two shifts of one person that overlap: nobody is on duty twice at once. */
    public record Overlap(Shift first, Shift second) {
    }

    /** The first two shifts of one person that overlap, if any (adjacent shifts, one ending as the next starts, do not). */
    public static Optional<Overlap> firstOverlapOfOnePerson(List<Shift> candidates) {
        List<Shift> sorted = candidates.stream().sorted(Comparator.comparing(Shift::person).thenComparing(Shift::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Shift previous = sorted.get(i - 1);
            Shift next = sorted.get(i);
            if (previous.person().equals(next.person()) && previous.overlaps(next)) {
                return Optional.of(new Overlap(previous, next));
            }
        }
        return Optional.empty();
    }

    public List<Shift> shifts() {
        return shifts;
    }
}
