package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.platform.problem.FieldError;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A coordinator's hand on a case: setting its level (raising re-routes, lowering needs a reason), closing it. */
@Singleton
public class CaseActions {

    private final CaseStore cases;
    private final LevelChanges levels;
    private final CaseNotices notices;
    private final Clock clock;

    public CaseActions(CaseStore cases, LevelChanges levels, CaseNotices notices, Clock clock) {
        this.cases = cases;
        this.levels = levels;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public void setLevel(Caller caller, UUID incidentId, String level, String reason, String ipcrMode) {
        ProtocolCase c = openCase(incidentId);
        List<FieldError> errors = LevelRules.check(c.level().name(), level, reason, ipcrMode);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        levels.change(c, CrisisLevel.valueOf(level), LevelRules.ipcrMode(level, ipcrMode), reason, caller.username(), clock.instant());
    }

    @Transactional
    public void close(Caller caller, UUID incidentId, String reason) {
        notices.close(openCase(incidentId), reason, caller.username(), clock.instant());
    }

    private ProtocolCase openCase(UUID incidentId) {
        ProtocolCase c = cases.findForUpdate(incidentId)
                .orElseThrow(() -> ProblemException.notFound("no protocol case for incident " + incidentId));
        if (!c.open()) {
            throw ProblemException.conflict("case " + c.reference() + " is closed");
        }
        return c;
    }
}
