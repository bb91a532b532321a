package eu.cyberplan.escalation.protocol;

import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.escalation.checklist.CaseChecklists;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Protocol cases with their receipts: coordinators see every case, a country the cases it reports or receives. */
@Controller("/api/v1/cases")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CaseController {

    private final CaseStore cases;
    private final CaseActions actions;
    private final CaseChecklists checklists;
    private final Clock clock;

    public CaseController(CaseStore cases, CaseActions actions, CaseChecklists checklists, Clock clock) {
        this.cases = cases;
        this.actions = actions;
        this.checklists = checklists;
        this.clock = clock;
    }

    /** The body of a level change: the level, why (required to lower), the IPCR mode at POLITICAL. */
    @Serdeable
    public record LevelRequest(@Nullable @Size(max = 20) @SingleLine String level, @Nullable @Size(max = 2000) String reason,
                               @Nullable @Size(max = 40) @SingleLine String ipcrMode) {
    }

    /** Why a coordinator closes a case. */
    @Serdeable
    public record Closure(@NotBlank @Size(max = 2000) String reason) {
    }

    /** COORDINATOR only: raises (alerting the recipients the level adds) or lowers (with a reason) the case's level. */
    @Post("/{incidentId}/level")
    @Secured(Roles.COORDINATOR)
    @Transactional
    public CaseView level(Authentication authentication, @PathVariable UUID incidentId, @Valid @Body LevelRequest body) {
        actions.setLevel(Caller.of(authentication), incidentId, body.level(), body.reason(), body.ipcrMode());
        return get(authentication, incidentId);
    }

    /** COORDINATOR only: closes the case; its pending deadlines are cancelled. */
    @Post("/{incidentId}/closure")
    @Secured(Roles.COORDINATOR)
    @Transactional
    public CaseView close(Authentication authentication, @PathVariable UUID incidentId, @Valid @Body Closure body) {
        actions.close(Caller.of(authentication), incidentId, body.reason());
        return get(authentication, incidentId);
    }

    @Get("/{incidentId}")
    @Transactional(readOnly = true)
    public CaseView get(Authentication authentication, @PathVariable UUID incidentId) {
        ProtocolCase c = cases.find(incidentId).orElseThrow(() -> ProblemException.notFound("no protocol case for incident " + incidentId));
        List<CaseAlert> alerts = cases.alerts(incidentId);
        Caller caller = Caller.of(authentication);
        boolean party = caller.belongsTo(c.reporterCountry()) || alerts.stream().anyMatch(a -> caller.belongsTo(a.country()));
        if (!party && !caller.hasAnyRole(Roles.COORDINATOR, Roles.AUDITOR, Roles.EXERCISE_PLANNER)) {
            throw ProblemException.forbidden("case " + c.reference() + " is not one your country takes part in");
        }
        return view(c, alerts);
    }

    @Get
    @Transactional(readOnly = true)
    public Page<CaseView> list(Authentication authentication, @Nullable @QueryValue String mode, @Nullable @QueryValue String status,
                               @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        if (mode != null && !List.of("REAL", "EXERCISE").contains(mode)) {
            throw ProblemException.invalid("mode", "must be REAL or EXERCISE");
        }
        if (status != null && !List.of(ProtocolCase.OPEN, "CLOSED").contains(status)) {
            throw ProblemException.invalid("status", "must be OPEN or CLOSED");
        }
        Caller caller = Caller.of(authentication);
        int p = Page.page(page);
        int s = Page.size(size);
        List<String> visibleTo = caller.hasAnyRole(Roles.COORDINATOR, Roles.AUDITOR, Roles.EXERCISE_PLANNER) ? null : List.of(caller.country());
        String m = mode == null ? "REAL" : mode;
        String st = status == null ? ProtocolCase.OPEN : status;
        List<CaseView> items = cases.list(m, st, visibleTo, p, s).stream()
                .map(c -> view(c, cases.alerts(c.incidentId())))
                .toList();
        return new Page<>(items, p, s, cases.count(m, st, visibleTo));
    }

    private CaseView view(ProtocolCase c, List<CaseAlert> alerts) {
        return new CaseView(c.incidentId(), c.reference(), c.reporterCountry(), c.title(), c.severity(), c.tlp(), c.status(),
                c.openedAt(), c.closedAt(), c.level(), cases.levelHistory(c.incidentId()), c.planVersion(), c.mode(), c.exerciseId(),
                alerts, CaseCounts.of(alerts, clock.instant()), checklists.of(c.incidentId()));
    }
}
