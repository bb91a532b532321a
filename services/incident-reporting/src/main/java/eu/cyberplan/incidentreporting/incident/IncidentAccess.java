package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.access.ReadGrants;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import eu.cyberplan.platform.sharing.Reader;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;

/**
 * Finds an incident for a caller: 404 when there is none, 403 when its TLP marking does not share it with the caller
 * ({@link TlpSharing}), and for changes 403 unless the caller files for the reporting country. A 403 names nothing of
 * the incident: its reference and title are themselves what the marking keeps from the caller.
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
        if (!TlpSharing.mayRead(incident.tlp(), reader(caller, incident))) {
            throw ProblemException.forbidden("this incident is not shared with you under its TLP marking");
        }
        return incident;
    }

    /** The caller as a reader of this incident: its reporter, alerted for it, or a named recipient. */
    public Reader reader(Caller caller, Incident incident) {
        return Reader.of(caller, incident.reporterCountry(), grants.alertedCountries(incident.id()), Set.copyOf(incident.recipients()));
    }

    /** The incident, locked for a change by its reporting country (or by exercise control, for its exercise incidents). */
    public Incident changeable(Caller caller, UUID id) {
        Incident incident = incidents.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("no incident " + id));
        boolean control = caller.hasRole(Roles.EXERCISE_CONTROL) && incident.exerciseId() != null;
        String own = CountryCodes.normalise(caller.country()).orElse(caller.country());
        if (!control && !incident.reporterCountry().equals(own)) {
            throw ProblemException.forbidden("only the reporting country's CSIRT reports on this incident or changes it");
        }
        return incident;
    }
}
