package eu.cyberplan.escalation.protocol;

import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import eu.cyberplan.platform.sharing.Disclosure;
import eu.cyberplan.platform.sharing.Reader;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who sees what of a case, by the incident's TLP marking ({@link TlpSharing}): its reporting country and the countries
 * taking part (alerted, or reached by an assistance request on it; under RED only the named), EU-level oversight (coordinator, auditor, planner) that it exists and
 * its counts, its protected content only those the marking shares it with. A 403 names nothing of the case.
 */
@Singleton
public class CaseAccess {

    private final CaseStore cases;

    public CaseAccess(CaseStore cases) {
        this.cases = cases;
    }

    /** The case, if the caller may know of it: 404 when there is none, 403 when the marking shares nothing of it with the caller. */
    public ProtocolCase readable(Caller caller, UUID incidentId) {
        ProtocolCase c = cases.find(incidentId).orElseThrow(() -> ProblemException.notFound("no protocol case for incident " + incidentId));
        if (disclosure(caller, c) == Disclosure.NONE) {
            throw notShared();
        }
        return c;
    }

    /** The open case, locked for a change by a party (or a coordinator): 404, 403, or 409 when closed. */
    public ProtocolCase changeable(Caller caller, UUID incidentId) {
        ProtocolCase c = cases.findForUpdate(incidentId).orElseThrow(() -> ProblemException.notFound("no protocol case for incident " + incidentId));
        if (!caller.hasRole(Roles.COORDINATOR) && !takesPart(caller, c)) {
            throw notShared();
        }
        if (!c.open()) {
            throw ProblemException.conflict("case " + c.reference() + " is closed");
        }
        return c;
    }

    public boolean takesPart(Caller caller, ProtocolCase c) {
        return TlpSharing.takesPart(c.tlp(), reader(caller, c, cases.partiesOf(c.incidentId())));
    }

    /** What of this case the caller gets. */
    public Disclosure disclosure(Caller caller, ProtocolCase c) {
        return TlpSharing.disclosure(c.tlp(), reader(caller, c, cases.partiesOf(c.incidentId())));
    }

    /** The same, from the case's alerts already read (a list reads them anyway). */
    public static Disclosure disclosure(Caller caller, ProtocolCase c, List<CaseAlert> alerts) {
        Set<String> alerted = alerts.stream().filter(CaseAlert::active).map(CaseAlert::country).collect(Collectors.toSet());
        return TlpSharing.disclosure(c.tlp(), reader(caller, c, alerted));
    }

    private static Reader reader(Caller caller, ProtocolCase c, Set<String> alerted) {
        return Reader.of(caller, c.reporterCountry(), alerted, c.namedRecipients());
    }

    private static ProblemException notShared() {
        return ProblemException.forbidden("this case is not shared with you under its incident's TLP marking");
    }
}
