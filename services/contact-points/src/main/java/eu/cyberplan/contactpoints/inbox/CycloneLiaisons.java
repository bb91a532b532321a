package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.channel.Notifications;
import eu.cyberplan.contactpoints.channel.OutgoingMessage;
import eu.cyberplan.contactpoints.channel.Route;
import eu.cyberplan.contactpoints.exercise.ExerciseParties;
import eu.cyberplan.contactpoints.exercise.ExerciseRoster;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.platform.node.NodeIdentity;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A case raised to the operational level or above calls the EU-CyCLONe liaison of every member state this node serves
 * (DESIGN §14, rules in {@link LiaisonCalls}) on the country's LIAISON channels and at the liaison addresses of the
 * directory. In an exercise only its parties' liaisons are called, under the exercise banner; an exercise this node has
 * not seen start reaches only the countries alerted for the case. Each call is recorded once, so a redelivered change
 * calls nobody twice; closing the case or ending the exercise cancels what is still pending.
 */
@Singleton
public class CycloneLiaisons {

    private static final Logger LOG = LoggerFactory.getLogger(CycloneLiaisons.class);

    private final InboxStore items;
    private final LiaisonCallStore calls;
    private final Notifications notifications;
    private final ExerciseRoster exercises;
    private final NodeIdentity node;
    private final Clock clock;

    public CycloneLiaisons(InboxStore items, LiaisonCallStore calls, Notifications notifications, ExerciseRoster exercises, NodeIdentity node,
                           Clock clock) {
        this.items = items;
        this.calls = calls;
        this.notifications = notifications;
        this.exercises = exercises;
        this.node = node;
        this.clock = clock;
    }

    /** In the listener's transaction; {@code tlp} is the marking the change travelled under. */
    public void call(CrisisLevelChanged change, String tlp) {
        if (!LiaisonCalls.calls(change.fromLevel(), change.toLevel())) {
            return;
        }
        boolean exercise = Mode.EXERCISE.name().equals(change.mode());
        Map<String, InboxItem> alerted = items.alertsOf(change.incidentId()).stream()
                .collect(Collectors.toMap(InboxItem::country, Function.identity(), (a, b) -> a));
        Predicate<String> reached = exercise ? reachOf(change, alerted) : country -> true;
        List<String> countries = LiaisonCalls.countries(node::serves, reached);
        if (countries.isEmpty()) {
            return;
        }
        Tlp marking = TlpSharing.marking(tlp);
        Map<String, LiaisonCallStore.Liaison> liaisons = calls.liaisons(countries);
        for (String country : countries) {
            LiaisonCallStore.Liaison liaison = liaisons.get(country);
            InboxItem alert = alerted.get(country);
            LiaisonCalls.Message message = LiaisonCalls.message(change, marking, exercise, alert, country.equals(change.reporterCountry()));
            UUID callId = callId(change, country);
            int queued = notifications.enqueueMessage(new OutgoingMessage(callId, message.namesCase() ? change.incidentId() : null, country,
                    Route.LIAISON, LevelChangeItems.KIND, alert == null ? null : alert.severity().name(), marking.label(),
                    exercise ? Mode.EXERCISE : Mode.REAL, message.title(), message.subject(), message.text()),
                    LiaisonCalls.addresses(liaison.address(), liaison.people()));
            if (calls.record(callId, change.incidentId(), country, change.toLevel(), exercise ? Mode.EXERCISE.name() : Mode.REAL.name(),
                    change.exerciseId(), queued, clock.instant()) && queued == 0) {
                LOG.info("Case {} reached {}: no EU-CyCLONe liaison of {} is reachable (no LIAISON channel, no liaison e-mail in the directory)",
                        change.incidentId(), change.toLevel(), country);
            }
        }
    }

    /** In an exercise: its parties, or, while this node has not seen it start, the countries alerted for the case. */
    private Predicate<String> reachOf(CrisisLevelChanged change, Map<String, InboxItem> alerted) {
        Optional<ExerciseParties> parties = change.exerciseId() == null ? Optional.empty() : exercises.of(change.exerciseId());
        return parties.<Predicate<String>>map(p -> p::reach).orElse(alerted::containsKey);
    }

    static UUID callId(CrisisLevelChanged change, String country) {
        return UUID.nameUUIDFromBytes(("cyclone/" + change.incidentId() + "/" + change.changedAt() + "/" + change.toLevel() + "/" + country)
                .getBytes(StandardCharsets.UTF_8));
    }
}
