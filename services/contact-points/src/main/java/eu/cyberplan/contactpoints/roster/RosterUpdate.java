package eu.cyberplan.contactpoints.roster;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code PUT /countries/{cc}/roster}: the shifts that replace every shift starting in [from, to). The window
 * is always stated, at most {@link #LONGEST_WINDOW} long (the same bound as reading it), so no PUT wipes more of a
 * roster than its sender meant; an empty list clears the window. At most {@link #MAX_SHIFTS} shifts, so that
 * {@code roster.changed} (every shift and gap of the window) stays far below the 256 KiB event limit.
 */
@Serdeable
public record RosterUpdate(@Nullable Instant from, @Nullable Instant to, @Nullable @Size(max = RosterUpdate.MAX_SHIFTS) List<@Valid @NotNull ShiftInput> shifts) {

    /** About 175 bytes of event per shift and 95 per gap at most: 500 shifts stay near half of the 256 KiB limit. */
    public static final int MAX_SHIFTS = 500;
    public static final Duration LONGEST_WINDOW = Duration.ofDays(400);

    /** One shift as a client writes it; {@code role} is PRIMARY or BACKUP. */
    @Serdeable
    public record ShiftInput(@Nullable @Size(max = 64) @SingleLine String person, @Nullable @Size(max = 16) @SingleLine String role, @Nullable Instant start, @Nullable Instant end) {
    }

    /** The shifts, checked field by field (422 naming every field that is wrong). */
    public List<Shift> checkedShifts() {
        List<FieldError> errors = new ArrayList<>();
        if (shifts == null) {
            throw ProblemException.invalid("shifts", "must be given (an empty list, with from and to, clears that window)");
        }
        if (from == null) {
            errors.add(new FieldError("from", "must be given: the start of the window the shifts replace"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "must be given: the end of the window the shifts replace"));
        } else if (from != null && !to.isAfter(from)) {
            errors.add(new FieldError("to", "must be after from"));
        } else if (from != null && Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            errors.add(new FieldError("to", "must be at most " + LONGEST_WINDOW.toDays() + " days after from"));
        }
        boolean window = errors.isEmpty();
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
            if (errors.size() == before && window && (in.start().isBefore(from) || !in.start().isBefore(to))) {
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

    /** The window the update replaces (checked by {@link #checkedShifts}). */
    public Instant windowStart() {
        return from;
    }

    public Instant windowEnd() {
        return to;
    }
}
