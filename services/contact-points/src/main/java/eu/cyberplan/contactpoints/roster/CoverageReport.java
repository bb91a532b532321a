package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.contactpoints.roster.RosterViews.Coverage;
import eu.cyberplan.contactpoints.roster.RosterViews.GapView;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The 24/7 promise made checkable: every gap of a country's week where nobody, or no backup, is on duty. */
@Singleton
public class CoverageReport {

    private final RosterStore store;
    private final CountryScope scope;
    private final Clock clock;

    public CoverageReport(RosterStore store, CountryScope scope, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.clock = clock;
    }

    /** The coverage of an ISO week ({@code 2026-W13}) in the country's calendar; the current week when none is named. */
    @Transactional(readOnly = true)
    public Coverage of(String country, @Nullable String weekText) {
        ZoneId zone = scope.zone(country);
        RosterWeek week = weekText == null || weekText.isBlank()
                ? RosterWeek.containing(clock.instant(), zone)
                : RosterWeek.parse(weekText, zone).orElseThrow(() -> ProblemException.invalid("week", "must be an ISO week such as 2026-W13"));
        DutyRoster roster = new DutyRoster(store.overlapping(country, week.start(), week.end()));
        List<Gap> primary = roster.gaps(DutyRole.PRIMARY, week.start(), week.end());
        List<Gap> backup = roster.gaps(DutyRole.BACKUP, week.start(), week.end());
        List<GapView> gaps = Stream.concat(primary.stream(), backup.stream())
                .sorted(Comparator.comparing(Gap::start).thenComparing(Gap::role))
                .map(gap -> GapView.of(gap, zone)).toList();
        return new Coverage(country, week.name(), zone.getId(), week.start(), week.end(), RosterViews.local(week.start(), zone),
                RosterViews.local(week.end(), zone), week.length().toHours(), gaps.isEmpty(), minutes(primary), minutes(backup), gaps);
    }

    /** Minutes of [from, to) without a primary and without a backup on duty. */
    public record GapMinutes(long primary, long backup) {
    }

    /** The gaps of a country's roster over any window, in minutes per role (readiness looks at the last four weeks). */
    @Transactional(readOnly = true)
    public GapMinutes gapMinutes(String country, java.time.Instant from, java.time.Instant to) {
        DutyRoster roster = new DutyRoster(store.overlapping(country, from, to));
        return new GapMinutes(minutes(roster.gaps(DutyRole.PRIMARY, from, to)), minutes(roster.gaps(DutyRole.BACKUP, from, to)));
    }

    private static long minutes(List<Gap> gaps) {
        return gaps.stream().mapToLong(gap -> gap.length().toMinutes()).sum();
    }
}
