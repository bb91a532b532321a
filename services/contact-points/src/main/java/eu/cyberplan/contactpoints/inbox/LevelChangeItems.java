package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A case's crisis level changed (DESIGN §14): every country alerted for it that this node serves gets a LEVEL_CHANGE
 * item, with nothing to acknowledge by a deadline, on its primary channels. The countries alerted because of the change
 * learn the level from their alert. Its id is derived from the incident, the change and the country, so it lands once.
 */
@Singleton
public class LevelChangeItems {

    public static final String KIND = "LEVEL_CHANGE";

    private final InboxStore items;
    private final ItemLanding landing;
    private final Clock clock;

    public LevelChangeItems(InboxStore items, ItemLanding landing, Clock clock) {
        this.items = items;
        this.landing = landing;
        this.clock = clock;
    }

    /** In the listener's transaction. */
    public void deliver(CrisisLevelChanged change) {
        Instant now = clock.instant();
        Set<String> alertedByIt = Set.copyOf(change.newRecipients() == null ? List.of() : change.newRecipients());
        List<InboxItem> candidates = items.alertsOf(change.incidentId()).stream()
                .filter(alert -> !alertedByIt.contains(alert.country()))
                .map(alert -> InboxItem.delivered(id(change, alert.country()), change.incidentId(), alert.country(), KIND, alert.severity(), alert.tlp(),
                        alert.mode(), alert.exerciseId(), text(change, alert), change.reporterCountry(), change.toLevel(), change.changedAt(), null, now,
                        alert.alertId(), null))
                .toList();
        landing.land(candidates, Route.PRIMARY);
    }

    private static UUID id(CrisisLevelChanged change, String country) {
        return UUID.nameUUIDFromBytes(("level/" + change.incidentId() + "/" + change.changedAt() + "/" + change.toLevel() + "/" + country)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** What the country reads: the level before and after and why, as far as the incident's marking lets it travel. */
    static String text(CrisisLevelChanged change, InboxItem alert) {
        String reason = TlpSharing.onSharedCluster(TlpSharing.marking(alert.tlp()), change.reason());
        return "Crisis level " + change.fromLevel() + " → " + change.toLevel()
                + (change.ipcrMode() == null ? "" : " (IPCR " + change.ipcrMode().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")
                + (alert.title() == null ? "" : ": " + alert.title())
                + (reason == null || reason.isBlank() ? "" : " — " + reason);
    }
}
