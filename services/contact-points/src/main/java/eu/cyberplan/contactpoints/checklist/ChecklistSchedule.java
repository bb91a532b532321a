package eu.cyberplan.contactpoints.checklist;

import eu.cyberplan.contactpoints.plan.PlaybookStep;

import java.time.Duration;
import java.time.Instant;

/**
 * When a playbook step is due on an incident: its target minutes after {@code startedAt}; in an exercise, divided by
 * the exercise's compression factor as the protocol's deadlines are (DESIGN §5.3), to the second.
 */
public final class ChecklistSchedule {

    private ChecklistSchedule() {
    }

    public static Instant dueAt(PlaybookStep step, Instant startedAt, int compression) {
        long seconds = Duration.ofMinutes(step.targetMinutes()).toSeconds();
        return startedAt.plusSeconds(seconds / Math.max(1, compression));
    }
}
