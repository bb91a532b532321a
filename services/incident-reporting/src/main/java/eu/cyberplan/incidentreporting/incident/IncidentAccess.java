package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.access.ReadGrants;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;

/**
 * Finds an incident for a caller: 404 when there is none, 403 when its TLP marking does not share it with the
 * caller's country ({@link ReadPolicy}), and for changes 403 unless the caller files for the reporting country.
 */
@Singleton
public class IncidentAccess {

    private final IncidentStore incidents;
    private final ReadGrants grants;

    public IncidentAccess(IncidentStore incidents, ReadGrants grants) {
        this.incidents = incidents;
        this.grants = grants;
    }

    public Incident readable(Caller caller, UUID id) {
        Incident incident = incidents.find(id).orElseThrow(() -> ProblemException.notFound("no incident " + id));
        Set<String> alerted = grants.alertedCountries(id);
        if (!ReadPolicy.mayRead(caller, incident.tlp(), incident.reporterCountry(), alerted, Set.copyOf(incident.recipients()))) {
            throw ProblemException.forbidden("TLP:" + incident.tlp().label() + " incident " + incident.reference() + " is not shared with you");
        }
        return incident;
    }

    /** The incident, locked for a change by its reporting country (or by exercise control, for its exercise incidents). */
    public Incident changeable(Caller caller, UUID id) {
        Incident incident = incidents.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("no incident " + id));
        boolean control = caller.hasRole(Roles.EXERCISE_CONTROL) && incident.exerciseId() != null;
        String own = CountryCodes.normalise(caller.country()).orElse(caller.country());
        if (!control && !incident.reporterCountry().equals(own)) {
            throw ProblemException.forbidden("incident " + incident.reference() + " belongs to " + incident.reporterCountry()
                    + "; only its own CSIRT reports on it or changes it");
        }
        return incident;
    }
}
