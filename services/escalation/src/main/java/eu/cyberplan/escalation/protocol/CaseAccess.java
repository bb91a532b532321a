package eu.cyberplan.escalation.protocol;

import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Who takes part in a case: its reporting country and the countries alerted for it; coordinators (and auditors, planners) see all. */
@Singleton
public class CaseAccess {

    private final CaseStore cases;

    public CaseAccess(CaseStore cases) {
        this.cases = cases;
    }

    /** The case, if the caller may see it: 404 when there is none, 403 when the caller's country takes no part. */
    public ProtocolCase readable(Caller caller, UUID incidentId) {
        ProtocolCase c = cases.find(incidentId).orElseThrow(() -> ProblemException.notFound("no protocol case for incident " + incidentId));
        if (!caller.hasAnyRole(Roles.COORDINATOR, Roles.AUDITOR, Roles.EXERCISE_PLANNER) && !takesPart(caller, c)) {
            throw ProblemException.forbidden("case " + c.reference() + " is not one your country takes part in");
        }
        return c;
    }

    /** The open case, locked for a change by a party (or a coordinator): 404, 403, or 409 when closed. */
    public ProtocolCase changeable(Caller caller, UUID incidentId) {
        ProtocolCase c = cases.findForUpdate(incidentId).orElseThrow(() -> ProblemException.notFound("no protocol case for incident " + incidentId));
        if (!caller.hasRole(Roles.COORDINATOR) && !takesPart(caller, c)) {
            throw ProblemException.forbidden("case " + c.reference() + " is not one your country takes part in");
        }
        if (!c.open()) {
            throw ProblemException.conflict("case " + c.reference() + " is closed");
        }
        return c;
    }

    public boolean takesPart(Caller caller, ProtocolCase c) {
        return caller.belongsTo(c.reporterCountry()) || cases.alertedCountries(c.incidentId()).stream().anyMatch(caller::belongsTo);
    }
}
