package eu.cyberplan.contactpoints.roster;

import eu.cyberplan.contactpoints.channel.DutyContacts;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.contactpoints.roster.RosterViews.OnDutyOfficer;
import eu.cyberplan.platform.security.Caller;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * The e-mail of whoever the duty roster has on duty: the primary for the first notice, the backup once it is overdue.
 * The {@code EU} inbox (the coordinators) has no roster.
 */
@Singleton
public class RosterDutyContacts implements DutyContacts {

    private final DutyRosters rosters;

    public RosterDutyContacts(DutyRosters rosters) {
        this.rosters = rosters;
    }

    @Override
    public Optional<String> email(String country, Route route, Instant at) {
        if (Caller.EU.equals(country)) {
            // The coordinators keep no duty roster here: their notices go to the EU's channels.
            return Optional.empty();
        }
        RosterViews.OnDuty onDuty = rosters.onDuty(country, at);
        OnDutyOfficer officer = route == Route.PRIMARY ? onDuty.primary() : onDuty.backup();
        return Optional.ofNullable(officer).map(OnDutyOfficer::email);
    }
}
