package eu.cyberplan.platform.signing;

import eu.cyberplan.events.v1.EventTypes;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * Who may sign which event (DESIGN §11). An event about a country (an incident it reports, an alert it acknowledged
 * or received, its directory entry, plan, checklist or comcheck answer, a heartbeat of the node serving it) is applied
 * only when signed by a node trusted for that country; everything else is the protocol (cases, alerts, levels, timers,
 * comchecks and exercises the EU runs) and must come from a node trusted for {@code EU}. So a national node can forge
 * neither another country's acknowledgement nor a case, and the EU node cannot acknowledge for a country.
 */
public final class EventAuthority {

    public static final String EU = "EU";
    /** A signer trusted for every country and {@code EU}: the single node that serves them all (the demo, the tests). */
    public static final String ANY = "*";

    /** What a consumer does with a well-signed event, given who signed it. */
    public enum Verdict {
        APPLY,
        /** The event is about a country but names none: nobody can vouch for it. */
        NO_COUNTRY,
        /** The signer is not trusted for (every one of) the countries the event is about. */
        NOT_ITS_COUNTRY,
        /** A protocol event signed by a node that is not trusted for {@code EU}. */
        NOT_THE_EU_NODE
    }

    private static final String REPORTER = "reporterCountry";
    private static final String COUNTRY = "country";

    private static final Map<String, String> COUNTRY_FIELD = Map.ofEntries(
            entry(EventTypes.INCIDENT_REPORTED, REPORTER),
            entry(EventTypes.INCIDENT_REPORT_SUBMITTED, REPORTER),
            entry(EventTypes.INCIDENT_UPDATED, REPORTER),
            entry(EventTypes.INCIDENT_ESCALATION_REQUESTED, REPORTER),
            entry(EventTypes.INCIDENT_RETRACTED, REPORTER),
            entry(EventTypes.INCIDENT_CLOSED, REPORTER),
            entry(EventTypes.INCIDENT_DEADLINE_REMINDER, REPORTER),
            entry(EventTypes.ALERT_DELIVERED, COUNTRY),
            entry(EventTypes.ALERT_ACKNOWLEDGED, COUNTRY),
            entry(EventTypes.COMCHECK_ANSWERED, COUNTRY),
            entry(EventTypes.CHECKLIST_PROGRESSED, COUNTRY),
            entry(EventTypes.CONTACT_POINT_CHANGED, COUNTRY),
            entry(EventTypes.ROSTER_CHANGED, COUNTRY),
            entry(EventTypes.PLAN_APPROVED, COUNTRY),
            entry(EventTypes.PLAN_PROPOSAL_CHANGED, COUNTRY),
            entry(EventTypes.NODE_HEARTBEAT, "countries"));

    private EventAuthority() {
    }

    /** The payload field that names the countries an event of this type is about; empty for a protocol event. */
    public static Optional<String> countryField(String type) {
        return Optional.ofNullable(COUNTRY_FIELD.get(type));
    }

    /**
     * Whether a node trusted for {@code signerCountries} may sign an event of this type about {@code concerned} (the
     * values of its {@link #countryField(String)}; ignored for protocol events). Unknown types are protocol events: a
     * consumer that does not know a type ignores it anyway, and only the EU node may introduce one.
     */
    public static Verdict judge(String type, Collection<String> concerned, Collection<String> signerCountries) {
        boolean any = signerCountries.contains(ANY);
        if (!COUNTRY_FIELD.containsKey(type)) {
            return any || signerCountries.contains(EU) ? Verdict.APPLY : Verdict.NOT_THE_EU_NODE;
        }
        if (concerned.isEmpty() || concerned.stream().anyMatch(c -> c == null || c.isBlank())) {
            return Verdict.NO_COUNTRY;
        }
        return any || signerCountries.containsAll(concerned) ? Verdict.APPLY : Verdict.NOT_ITS_COUNTRY;
    }
}
