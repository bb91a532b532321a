package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.contactpoints.exercise.ExerciseParties;
import eu.cyberplan.contactpoints.exercise.ExerciseRoster;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Defence in depth for issue 16: escalation routes an exercise to its parties only, and this node on its own never
 * lets an exercise item into the inbox of a country that does not take part (so no notification, no e-mail, no receipt
 * follows). An exercise this node has not seen start yet is let through: its {@code exercise.started} may simply be
 * behind on another topic, and escalation has routed it already.
 */
@Singleton
public class ExerciseReach {

    private static final Logger LOG = LoggerFactory.getLogger(ExerciseReach.class);

    private final ExerciseRoster roster;

    public ExerciseReach(ExerciseRoster roster) {
        this.roster = roster;
    }

    /** Whether an item in the inbox may still page its country's people (an exercise's stop at ENDEX). */
    boolean pages(InboxItem item) {
        return !ofExercise(item) || roster.of(item.exerciseId()).map(parties -> parties.reach(item.country())).orElse(true);
    }

    /** The items that may land: every real one, and exercise ones only for the exercise's parties and the EU level. */
    List<InboxItem> within(List<InboxItem> items) {
        Set<UUID> exercises = items.stream().filter(ExerciseReach::ofExercise).map(InboxItem::exerciseId).collect(Collectors.toSet());
        if (exercises.isEmpty()) {
            return items;
        }
        Map<UUID, ExerciseParties> parties = roster.of(exercises);
        return items.stream().filter(item -> {
            ExerciseParties of = ofExercise(item) ? parties.get(item.exerciseId()) : null;
            if (of == null || of.reach(item.country())) {
                return true;
            }
            LOG.warn("Exercise {} item {} ({}) for {} not delivered: {}", item.exerciseId(), item.alertId(), item.kind(), item.country(),
                    of.ended() ? "the exercise has ended" : item.country() + " does not take part in it " + of.countries());
            return false;
        }).toList();
    }

    private static boolean ofExercise(InboxItem item) {
        return item.ofExercise() && item.exerciseId() != null;
    }
}
