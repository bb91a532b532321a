package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.contactpoints.directory.People;
import eu.cyberplan.contactpoints.directory.Person;
import eu.cyberplan.contactpoints.roster.RosterViews.GapView;
import eu.cyberplan.contactpoints.roster.RosterViews.OnDuty;
import eu.cyberplan.contactpoints.roster.RosterViews.OnDutyOfficer;
import eu.cyberplan.contactpoints.roster.RosterViews.RosterView;
import eu.cyberplan.contactpoints.roster.RosterViews.ShiftView;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.RosterChanged;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The duty rosters of the countries: changed by the country's people, read by everyone who must reach them. */
@Singleton
public class DutyRosters {

    /** How far ahead a roster.changed event reports the roster. */
    static final Duration PUBLISHED_AHEAD = Duration.ofDays(400);

    private final RosterStore store;
    private final People people;
    private final CountryScope scope;
    private final Outbox outbox;
    private final Clock clock;

    public DutyRosters(RosterStore store, People people, CountryScope scope, Outbox outbox, Clock clock) {
        this.store = store;
        this.people = people;
        this.scope = scope;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Replaces the shifts of a window; one person on two shifts at once is a conflict (409), and nothing is written. */
    @Transactional
    public RosterView replace(Caller caller, String country, RosterUpdate update) {
        List<Shift> shifts = update.checkedShifts();
        requirePeopleOfTheCountry(country, shifts);
        Instant from = update.windowStart();
        Instant to = update.windowEnd();
        store.lockCountry(country);
        store.deleteStartingIn(country, from, to);
        List<Shift> around = new ArrayList<>(shifts);
        shifts.stream().map(Shift::start).min(Instant::compareTo).ifPresent(first ->
                around.addAll(store.overlapping(country, first, shifts.stream().map(Shift::end).max(Instant::compareTo).orElseThrow())));
        DutyRoster.firstOverlapOfOnePerson(around).ifPresent(overlap -> {
            throw ProblemException.conflict(overlap.first().person() + " would be on duty twice at once: " + describe(overlap.first())
                    + " overlaps " + describe(overlap.second()));
        });
        store.insert(country, shifts, caller.username());
        outbox.add(OutboxEvent.of(Topics.DIRECTORY, EventTypes.ROSTER_CHANGED, country + "/roster.changed", country,
                changed(current(country), caller)));
        return window(country, from, to);
    }

    /** The shifts overlapping [from, to) and the gaps of that window. */
    @Transactional(readOnly = true)
    public RosterView window(String country, Instant from, Instant to) {
        ZoneId zone = scope.zone(country);
        List<Shift> shifts = new DutyRoster(store.overlapping(country, from, to)).shifts();
        Map<String, Person> named = people.byUsername(country, shifts.stream().map(Shift::person).collect(Collectors.toSet()));
        return new RosterView(country, zone.getId(), from, to,
                shifts.stream().map(shift -> ShiftView.of(shift, named.get(shift.person()), zone)).toList(),
                new DutyRoster(shifts).gaps(from, to).stream().map(gap -> GapView.of(gap, zone)).toList());
    }

    /**
     * Who is on duty at that instant, as primary and as backup. One query in a plain transaction: marking it read-only
     * would cost two more round trips to the database (set, then reset by the pool) on the hottest read there is.
     */
    @Transactional
    public OnDuty onDuty(String country, Instant at) {
        ZoneId zone = scope.zone(country);
        RosterStore.Covering covering = store.covering(country, at);
        DutyRoster roster = new DutyRoster(covering.shifts());
        Optional<Shift> primary = roster.onDutyAt(DutyRole.PRIMARY, at);
        Optional<Shift> backup = roster.onDutyAt(DutyRole.BACKUP, at);
        Map<String, Person> named = covering.people();
        return new OnDuty(country, at, RosterViews.local(at, zone),
                primary.map(shift -> OnDutyOfficer.of(shift, named.get(shift.person()), zone)).orElse(null),
                backup.map(shift -> OnDutyOfficer.of(shift, named.get(shift.person()), zone)).orElse(null));
    }


    /**
     * The roster as it now stands, from now to its last shift (at least a week, at most {@link #PUBLISHED_AHEAD}): the
     * compacted topic keeps only the latest event per country, so each carries the whole current roster.
     */
    private RosterView current(String country) {
        Instant now = clock.instant();
        Instant last = store.lastEnd(country).orElse(now);
        Instant until = last.isBefore(now.plus(Duration.ofDays(7))) ? now.plus(Duration.ofDays(7))
                : last.isAfter(now.plus(PUBLISHED_AHEAD)) ? now.plus(PUBLISHED_AHEAD) : last;
        return window(country, now, until);
    }

    private void requirePeopleOfTheCountry(String country, List<Shift> shifts) {
        Set<String> names = shifts.stream().map(Shift::person).collect(Collectors.toSet());
        Set<String> known = names.isEmpty() ? Set.of() : people.byUsername(country, names).keySet();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            if (!known.contains(shifts.get(i).person())) {
                errors.add(new FieldError("shifts[" + i + "].person", "'" + shifts.get(i).person() + "' is no person of " + country
                        + " (see GET /api/v1/countries/" + country + "/people)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private RosterChanged changed(RosterView view, Caller caller) {
        return new RosterChanged(view.country(), view.from(), view.to(),
                view.shifts().stream().map(s -> new RosterChanged.Shift(s.person(), s.role(), s.start(), s.end())).toList(),
                view.gaps().stream().map(g -> new RosterChanged.Gap(g.role(), g.start(), g.end())).toList(),
                caller.username(), clock.instant());
    }

    private static String describe(Shift shift) {
        return shift.role() + " " + shift.start() + "–" + shift.end();
    }
}
