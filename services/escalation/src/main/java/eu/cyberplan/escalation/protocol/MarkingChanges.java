package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.IncidentUpdated;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A TLP change is a protocol event (DESIGN §8): the case adopts the incident's new marking, and every country the new
 * marking no longer shares the incident with has its alert recalled ({@code accessWithdrawn}) and stops taking part.
 * Countries that gain access are alerted afterwards by the correction's routing, at the case's current level. In the
 * caller's transaction, the case row locked.
 */
@Singleton
public class MarkingChanges {

    private final CaseStore cases;
    private final CaseMarkings markings;
    private final CaseNotices notices;

    public MarkingChanges(CaseStore cases, CaseMarkings markings, CaseNotices notices) {
        this.cases = cases;
        this.markings = markings;
        this.notices = notices;
    }

    /** Adopts the update's marking when it differs from the case's; answers whether it did. */
    public boolean adopt(ProtocolCase c, IncidentUpdated update, Instant now) {
        Tlp tlp = TlpSharing.marking(update.tlp());
        List<String> named = Optional.ofNullable(update.recipients()).orElse(List.of());
        if (tlp == c.tlp() && new HashSet<>(named).equals(new HashSet<>(c.namedRecipients()))) {
            return false;
        }
        String title = TlpSharing.onSharedCluster(tlp, update.title() != null ? update.title() : c.title());
        markings.adopt(c.incidentId(), tlp.label(), named, title);
        ProtocolCase marked = cases.findForUpdate(c.incidentId()).orElseThrow();
        List<CaseAlert> lost = cases.alerts(c.incidentId()).stream().filter(CaseAlert::active)
                .filter(alert -> !TlpSharing.countryKeepsAccess(tlp, named.contains(alert.country()))).toList();
        // The reason reaches the country that lost access: it names the marking, nothing of the incident.
        notices.withdraw(marked, lost, "TLP:" + tlp.label() + ": the reporter no longer shares this incident with your country", now);
        return true;
    }
}
