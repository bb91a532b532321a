package eu.cyberplan.contactpoints.roster;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week of a country's calendar, Monday 00:00 to the next Monday 00:00 in the country's time zone: a week
 * that changes to summer time has 167 hours, one that changes back 169.
 */
public record RosterWeek(int year, int week, ZoneId zone, Instant start, Instant end) {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The week named like {@code 2026-W13}, or empty when the text is no ISO week. */
    public static Optional<RosterWeek> parse(String text, ZoneId zone) {
        Matcher m = ISO_WEEK.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate someDay = LocalDate.of(year, 6, 1);
        if (week < 1 || week > someDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        try {
            LocalDate monday = someDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
            return Optional.of(of(monday, zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The week in which the instant falls, in the country's calendar. */
    public static RosterWeek containing(Instant at, ZoneId zone) {
        return of(at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
    }

    private static RosterWeek of(LocalDate monday, ZoneId zone) {
        return new RosterWeek(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), zone,
                monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant());
    }

    public String name() {
        return String.format(Locale.ROOT, "%d-W%02d", year, week);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
