package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.checklist.CaseChecklists;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.api.ModeQuery;
import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.platform.input.SingleLine;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import eu.cyberplan.platform.sharing.Disclosure;
import eu.cyberplan.platform.sharing.TlpSharing;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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

/**
 * Protocol cases with their receipts: EU-level oversight sees every case, a country the cases it reports or takes part
 * in; protected content (title, correction notes, level reasons) only as the incident's TLP marking shares it ({@link CaseAccess}).
 */
@Controller("/api/v1/cases")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CaseController {

    private final CaseStore cases;
    private final CaseList caseList;
    private final CaseAccess access;
    private final CaseActions actions;
    private final CaseChecklists checklists;
    private final Clock clock;
    private final AuditTrail audit;

    public CaseController(CaseStore cases, CaseList caseList, CaseAccess access, CaseActions actions, CaseChecklists checklists, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.cases = cases;
        this.caseList = caseList;
        this.access = access;
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
        Caller caller = Caller.of(authentication);
        ProtocolCase c = access.readable(caller, incidentId);
        List<CaseAlert> alerts = cases.alerts(incidentId);
        // Its parties: the countries alerted, and those an assistance request reached (DESIGN §14).
        Disclosure disclosure = access.disclosure(caller, c);
        if (disclosure == Disclosure.CONTENT) {
            auditSensitiveRead(c);
        }
        return view(c, alerts, disclosure);
    }

    /** A read of an AMBER+STRICT or RED case is in the audit trail, under the reporter's country (DESIGN §13). */
    private void auditSensitiveRead(ProtocolCase c) {
        Tlp tlp = c.tlp();
        if (TlpSharing.readAudited(tlp)) {
            audit.recordAlone(AuditRecord.of("case.read", "case", c.incidentId(), c.reporterCountry())
                    .with("tlp", tlp.label()).with("mode", c.mode().name()));
        }
    }

    @Get
    @Transactional(readOnly = true)
    public Page<CaseView> list(Authentication authentication, @Nullable @QueryValue String mode, @Nullable @QueryValue String status,
                               @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        Mode m = ModeQuery.of(mode);
        if (status != null && !List.of("OPEN", "CLOSED").contains(status)) {
            throw ProblemException.invalid("status", "must be OPEN or CLOSED");
        }
        Caller caller = Caller.of(authentication);
        int p = Page.page(page);
        int s = Page.size(size);
        boolean oversight = caller.isEuLevel() && caller.hasAnyRole(Roles.COORDINATOR, Roles.AUDITOR, Roles.EXERCISE_PLANNER);
        List<String> visibleTo = oversight ? null : List.of(caller.country());
        CaseStatus st = status == null ? CaseStatus.OPEN : CaseStatus.valueOf(status);
        List<CaseView> items = caseList.list(m, st, visibleTo, p, s).stream()
                .map(c -> {
                    List<CaseAlert> alerts = cases.alerts(c.incidentId());
                    return view(c, alerts, CaseAccess.disclosure(caller, c, alerts));
                })
                .filter(view -> view != null)
                .toList();
        return new Page<>(items, p, s, caseList.count(m, st, visibleTo));
    }

    /** The case as this disclosure shows it; null for NONE (the list's SQL already leaves those out). */
    private CaseView view(ProtocolCase c, List<CaseAlert> alerts, Disclosure disclosure) {
        if (disclosure == Disclosure.NONE) {
            return null;
        }
        List<LevelChange> history = cases.levelHistory(c.incidentId()).stream()
                .map(step -> new LevelChange(step.level(), disclosure.redact(step.reason()), step.changedBy(), step.changedAt())).toList();
        return new CaseView(c.incidentId(), c.reference(), c.reporterCountry(), disclosure.redact(c.title()), c.severity().name(),
                c.tlp().label(), c.status().name(), c.openedAt(), c.closedAt(), c.level().name(), history, c.planVersion(), c.mode().name(), c.exerciseId(),
                alerts.stream().map(alert -> alert.shownWith(disclosure)).toList(), CaseCounts.of(alerts, clock.instant()),
                checklists.of(c.incidentId()), disclosure.name());
    }
}
