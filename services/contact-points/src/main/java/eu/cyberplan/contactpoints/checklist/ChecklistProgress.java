package eu.cyberplan.contactpoints.checklist;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * How far a checklist is: containment and repair steps done of their totals ("4/6"), and the open steps past their due
 * time. A step is overdue from its due instant on while it is not done; a step done late is done, not overdue.
 */
@Serdeable
public record ChecklistProgress(String containment, String repair, int containmentDone, int containmentTotal, int repairDone,
                                int repairTotal, int overdueSteps) {

    public static final String CONTAINMENT = "CONTAINMENT";
    public static final String REPAIR = "REPAIR";

    /** The progress of these steps at {@code now}. */
    public static ChecklistProgress of(List<Step> steps, Instant now) {
        int cDone = count(steps, CONTAINMENT, true);
        int cTotal = count(steps, CONTAINMENT, false);
        int rDone = count(steps, REPAIR, true);
        int rTotal = count(steps, REPAIR, false);
        int overdue = (int) steps.stream().filter(s -> overdue(s, now)).count();
        return new ChecklistProgress(cDone + "/" + cTotal, rDone + "/" + rTotal, cDone, cTotal, rDone, rTotal, overdue);
    }

    public static boolean overdue(Step step, Instant now) {
        return !step.done() && !now.isBefore(step.dueAt());
    }

    private static int count(List<Step> steps, String phase, boolean doneOnly) {
        return (int) steps.stream().filter(s -> phase.equals(s.phase()) && (!doneOnly || s.done())).count();
    }

    /** What progress needs of a step. */
    public record Step(String phase, Instant dueAt, boolean done) {
    }
}
