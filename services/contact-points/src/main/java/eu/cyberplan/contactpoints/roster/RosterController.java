package eu.cyberplan.contactpoints.roster;

import jakarta.validation.Valid;
import eu.cyberplan.contactpoints.directory.CountryScope;
import eu.cyberplan.contactpoints.roster.RosterViews.Coverage;
import eu.cyberplan.contactpoints.roster.RosterViews.OnDuty;
import eu.cyberplan.contactpoints.roster.RosterViews.RosterView;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.input.IsoInstantDeserializer;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A country's duty roster: who is on duty, the week's coverage, and the handover log (DESIGN §9). */
@Controller("/api/v1/countries/{cc}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RosterController {

    private static final Duration LONGEST_WINDOW = RosterUpdate.LONGEST_WINDOW;

    private final DutyRosters rosters;
    private final CoverageReport coverage;
    private final Handovers handovers;
    private final CountryScope scope;
    private final Clock clock;

    public RosterController(DutyRosters rosters, CoverageReport coverage, Handovers handovers, CountryScope scope, Clock clock) {
        this.rosters = rosters;
        this.coverage = coverage;
        this.handovers = handovers;
        this.scope = scope;
        this.clock = clock;
    }

    /** Who is on duty at {@code at} (default now): {@code null} where nobody is, for a gap is an answer. */
    @Get("/on-duty")
    public OnDuty onDuty(@PathVariable String cc, @Nullable @QueryValue String at) {
        return rosters.onDuty(scope.existing(cc), at == null ? clock.instant() : instant("at", at));
    }

    /** The shifts of [from, to), by default the current week of the country. */
    @Get("/roster")
    public RosterView roster(@PathVariable String cc, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        String country = scope.existing(cc);
        RosterWeek week = RosterWeek.containing(clock.instant(), scope.zone(country));
        Instant start = from == null ? week.start() : instant("from", from);
        Instant end = to == null ? start.plus(week.length()) : instant("to", to);
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
            throw ProblemException.invalid("to", "must be after from, and at most 400 days later");
        }
        return rosters.window(country, start, end);
    }

    @Put("/roster")
    @Secured({Roles.NCP, Roles.DUTY_OFFICER, Roles.PLAN_OWNER, Roles.COORDINATOR})
    public RosterView replaceRoster(Authentication authentication, @PathVariable String cc, @Valid @Nullable @Body RosterUpdate update) {
        Caller caller = Caller.of(authentication);
        String country = scope.existing(cc);
        scope.requireKeeper(caller, country);
        if (update == null) {
            throw ProblemException.invalid("shifts", "must be given");
        }
        return rosters.replace(caller, country, update);
    }

    /** Every gap of an ISO week ({@code ?week=2026-W13}, default this week) where nobody, or no backup, is on duty. */
    @Get("/coverage")
    public Coverage coverage(@PathVariable String cc, @Nullable @QueryValue String week) {
        return coverage.of(scope.existing(cc), week);
    }

    @Post("/handovers")
    @Secured({Roles.NCP, Roles.DUTY_OFFICER})
    public HttpResponse<ShiftHandover> handOver(Authentication authentication, @PathVariable String cc, @Valid @Nullable @Body ShiftHandover.Note note) {
        Caller caller = Caller.of(authentication);
        String country = scope.existing(cc);
        if (!caller.belongsTo(country)) {
            throw ProblemException.forbidden("only the duty officers of " + country + " hand over its shifts");
        }
        return HttpResponse.<ShiftHandover>status(HttpStatus.CREATED).body(handovers.record(caller, country, note));
    }

    @Get("/handovers")
    public Page<ShiftHandover> handoverLog(Authentication authentication, @PathVariable String cc, @Nullable @QueryValue Integer page,
                                           @Nullable @QueryValue Integer size) {
        String country = scope.existing(cc);
        scope.requireReader(Caller.of(authentication), country);
        return handovers.log(country, Page.page(page), Page.size(size));
    }

    private static Instant instant(String field, String text) {
        return IsoInstantDeserializer.parse(field, text);
    }
}
