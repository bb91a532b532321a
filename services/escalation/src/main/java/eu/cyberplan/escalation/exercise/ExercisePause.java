package eu.cyberplan.escalation.exercise;

import java.time.Duration;
import java.time.Instant;

/**
 * What a pause does to an exercise's deadlines (DESIGN §14), as rules: a deadline still ahead when the exercise pauses
 * is held; one already passed is not (it was missed before the pause and fires as it would have). On resumption a held
 * deadline moves by the time it was held: from the pause, or from when it was set if that was during the pause. A
 * resumption earlier than the hold (clocks of two machines) moves nothing.
 */
public final class ExercisePause {

    private ExercisePause() {
    }

    public static boolean holds(Instant dueAt, Instant pausedAt) {
        return dueAt.isAfter(pausedAt);
    }

    public static Duration shift(Instant heldAt, Instant resumedAt) {
        Duration held = Duration.between(heldAt, resumedAt);
        return held.isNegative() ? Duration.ZERO : held;
    }
}
