package eu.cyberplan.escalation.exercise;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Issue 16: an exercise stays with its participants. Whatever the real routing would alert, an exercise case alerts
 * only the countries that take part: at {@code OPERATIONAL} and above its participants (instead of every member), and
 * an observer only when the incident names it, as for real. An exercise not seen starting yet widens to nobody: its
 * alerts go to the countries the inject itself names, never to every member.
 */
public final class ExerciseAudience {

    private ExerciseAudience() {
    }

    /**
     * @param routed  the recipients of the real rules at this level
     * @param parties the exercise's parties (or {@link ExerciseParties#unknown})
     * @param named   the countries the incident itself names (affected and named recipients)
     * @param widened whether the real rules widen to every member here (a level above TECHNICAL, not TLP:RED)
     * @param reporter the reporting country, never alerted
     */
    public static Set<String> limit(Set<String> routed, ExerciseParties parties, Set<String> named, boolean widened, String reporter) {
        Set<String> recipients = new LinkedHashSet<>();
        if (!parties.known()) {
            routed.stream().filter(named::contains).forEach(recipients::add);
            return recipients;
        }
        routed.stream().filter(c -> parties.participants().contains(c) || parties.observers().contains(c)).forEach(recipients::add);
        if (widened) {
            recipients.addAll(parties.participants());
        }
        recipients.remove(reporter);
        recipients.remove("EU");
        return recipients;
    }
}
