package eu.cyberplan.contactpoints.directory;

import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.problem.ProblemException;
import eu.cyberplan.platform.security.Caller;
import eu.cyberplan.platform.security.Roles;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves the country of a request path and says who may change what a country keeps. */
@Singleton
public class CountryScope {

    private final Directory directory;
    /** Zones of the countries seen so far: every on-duty lookup needs one, and they change only through this node. */
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    public CountryScope(Directory directory) {
        this.directory = directory;
    }

    /** Forgets what was remembered of a country, after its directory entry changed. */
    public void forget(String code) {
        zones.remove(code);
    }

    /** The stored code of a country of the plan: 422 for what is no ISO code, 404 for a country outside the plan. */
    public String existing(String cc) {
        String code = CountryCodes.normalise(cc)
                .orElseThrow(() -> ProblemException.invalid("cc", "unknown country code '" + cc + "' (ISO 3166-1 alpha-2; EL for Greece)"));
        zone(code);
        return code;
    }

    /** The country's main time zone; 404 for a country outside the plan. */
    public ZoneId zone(String code) {
        ZoneId known = zones.get(code);
        if (known != null) {
            return known;
        }
        ZoneId zone = directory.timeZone(code).orElseThrow(() -> ProblemException.notFound("country " + code + " is not part of the plan"));
        zones.put(code, zone);
        return zone;
    }

    /**
     * The stored code of a country the caller keeps: 422 for what is no ISO code, 403 for another country's people
     * (before its existence is told), 404 outside the plan.
     */
    public String keptBy(Caller caller, String cc) {
        String code = CountryCodes.normalise(cc)
                .orElseThrow(() -> ProblemException.invalid("cc", "unknown country code '" + cc + "' (ISO 3166-1 alpha-2; EL for Greece)"));
        requireKeeper(caller, code);
        zone(code);
        return code;
    }

    /** A country's own people, or a coordinator, keep its roster and directory entry. */
    public void requireKeeper(Caller caller, String code) {
        if (!caller.belongsTo(code) && !caller.hasRole(Roles.COORDINATOR)) {
            throw ProblemException.forbidden("only the people of " + code + " or a coordinator may change this; you belong to " + caller.country());
        }
    }

    /** A country's own people, or a coordinator or auditor, read what is internal to it. */
    public void requireReader(Caller caller, String code) {
        if (!caller.belongsTo(code) && !caller.hasAnyRole(Roles.COORDINATOR, Roles.AUDITOR)) {
            throw ProblemException.forbidden("only the people of " + code + ", coordinators and auditors may read this");
        }
    }
}
