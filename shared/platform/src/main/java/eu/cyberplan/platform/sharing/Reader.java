package eu.cyberplan.platform.sharing;

import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;

import java.util.Collection;
import java.util.Set;

/**
 * Someone about to receive something of one incident: their roles and country, and how that country stands to the
 * incident — its reporter, alerted for it by the protocol, or named by the reporter as a recipient ({@code EU} named
 * = the coordinators).
 */
public record Reader(Set<String> roles, String country, boolean reporter, boolean alerted, boolean named) {

    /** The people who work a country's alerts; a country's inbox, e-mail and webhook reach them. */
    public static final Set<String> STAFF = Set.of(Roles.DUTY_OFFICER, Roles.NCP, Roles.EXERCISE_CONTROL);

    /** EU-level oversight: these see that a case exists even when its content is not for them. */
    static final Set<String> OVERSIGHT = Set.of(Roles.COORDINATOR, Roles.AUDITOR, Roles.EXERCISE_PLANNER);

    public Reader {
        roles = Set.copyOf(roles);
    }

    /** A caller towards an incident of {@code reporterCountry}, with the countries alerted for it and those the reporter named. */
    public static Reader of(Caller caller, String reporterCountry, Collection<String> alerted, Collection<String> named) {
        String country = CountryCodes.normalise(caller.country()).orElse(caller.country());
        return new Reader(caller.roles(), country, country.equals(reporterCountry), alerted.contains(country), named.contains(country));
    }

    /** A country as a whole, as its inbox, e-mail and webhook reach it: its duty staff. */
    public static Reader staffOf(String country, String reporterCountry, Collection<String> alerted, Collection<String> named) {
        return new Reader(STAFF, country, country.equals(reporterCountry), alerted.contains(country), named.contains(country));
    }

    /** The coordinators, as the {@code EU} inbox and their channels reach them; {@code euNamed}: the reporter named {@code EU}. */
    public static Reader coordinators(boolean euNamed) {
        return new Reader(Set.of(Roles.COORDINATOR), Caller.EU, false, false, euNamed);
    }

    boolean euLevel() {
        return Caller.EU.equals(country);
    }

    boolean has(String role) {
        return roles.contains(role);
    }

    boolean hasAny(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
