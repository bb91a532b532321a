package eu.cyberplan.contactpoints.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * The e-mail address of whoever is on duty for a country and route at a moment, from the duty rosters. Optional: without
 * an implementation only the configured channels are notified.
 */
public interface DutyContacts {

    /** The on-duty person's e-mail, or empty when nobody is on duty (a gap is an answer). */
    Optional<String> email(String country, Route route, Instant at);
}
