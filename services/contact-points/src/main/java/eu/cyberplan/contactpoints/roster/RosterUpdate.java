package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The body of {@code PUT /countries/{cc}/roster}: the shifts that replace every shift starting in [from, to). Without
 * a window, it runs from the first start to the last end of the given shifts; an empty list with a window clears it.
 */
@Serdeable
public record RosterUpdate(@Nullable Instant from, @Nullable Instant to, @Nullable List<ShiftInput> shifts) {

    /** One shift as a client writes it; {@code role} is PRIMARY or BACKUP. */
    @Serdeable
    public record ShiftInput(@Nullable String person, @Nullable String role, @Nullable Instant start, @Nullable Instant end) {
    }

    /** The shifts, checked field by field (422 naming every field that is wrong). */
    public List<Shift> checkedShifts() {
        List<FieldError> errors = new ArrayList<>();
        if (shifts == null) {
            throw ProblemException.invalid("shifts", "must be given (an empty list, with from and to, clears that window)");
        }
        if ((from == null) != (to == null)) {
            errors.add(new FieldError(from == null ? "from" : "to", "from and to go together"));
        } else if (from != null && !to.isAfter(from)) {
            errors.add(new FieldError("to", "must be after from"));
        } else if (from == null && shifts.isEmpty()) {
            errors.add(new FieldError("shifts", "must not be empty without a window (from, to)"));
        }
        List<Shift> checked = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            ShiftInput in = shifts.get(i);
            String at = "shifts[" + i + "].";
            int before = errors.size();
            if (in == null) {
                errors.add(new FieldError("shifts[" + i + "]", "must be a shift"));
                continue;
            }
            if (in.person() == null || in.person().isBlank()) {
                errors.add(new FieldError(at + "person", "must name a person of the country"));
            }
            if (!"PRIMARY".equals(in.role()) && !"BACKUP".equals(in.role())) {
                errors.add(new FieldError(at + "role", "must be PRIMARY or BACKUP"));
            }
            if (in.start() == null) {
                errors.add(new FieldError(at + "start", "must be given"));
            }
            if (in.end() == null) {
                errors.add(new FieldError(at + "end", "must be given"));
            } else if (in.start() != null && !in.end().isAfter(in.start())) {
                errors.add(new FieldError(at + "end", "must be after start (" + in.start() + ")"));
            }
            if (errors.size() == before && from != null && (in.start().isBefore(from) || !in.start().isBefore(to))) {
                errors.add(new FieldError(at + "start", "must fall in the window [" + from + ", " + to + ")"));
            }
            if (errors.size() == before) {
                checked.add(new Shift(in.person().trim(), DutyRole.valueOf(in.role()), in.start(), in.end()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return checked;
    }

    /** The window the update replaces. */
    public Instant windowStart(List<Shift> checked) {
        return from != null ? from : checked.stream().map(Shift::start).min(Comparator.naturalOrder()).orElseThrow();
    }

    public Instant windowEnd(List<Shift> checked) {
        if (to != null) {
            return to;
        }
        return checked.stream().map(Shift::end).max(Comparator.naturalOrder()).orElseThrow();
    }
}
