package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.exercise.ExerciseRosters;
import eu.cyberplan.escalation.plan.Plans;
import eu.cyberplan.escalation.plan.ProtocolPlan;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves a case to another crisis level, in the caller's transaction with the case row locked: records the step,
 * alerts the recipients the new level adds (never again those already alerted), publishes {@code crisis-level.changed}.
 * Lowering alerts nobody and recalls nothing. The case's plan version gives the deadlines.
 */
@Singleton
public class LevelChanges {

    private final CaseStore cases;
    private final AlertRouting routing;
    private final Dispatcher dispatcher;
    private final Plans plans;
    private final Outbox outbox;
    private final ExerciseRosters exercises;

    public LevelChanges(CaseStore cases, AlertRouting routing, Dispatcher dispatcher, Plans plans, Outbox outbox, ExerciseRosters exercises) {
        this.exercises = exercises;
        this.cases = cases;
        this.routing = routing;
        this.dispatcher = dispatcher;
        this.plans = plans;
        this.outbox = outbox;
    }

    /** Changes the level; answers the countries newly alerted. Same level and mode: nothing happens. */
    public List<String> change(ProtocolCase c, CrisisLevel to, String ipcrMode, String reason, String by, Instant now) {
        CrisisLevel from = c.level();
        String mode = to == CrisisLevel.POLITICAL ? ipcrMode : null;
        if (from == to && java.util.Objects.equals(mode, c.ipcrMode())) {
            return List.of();
        }
        Set<String> added = new LinkedHashSet<>();
        if (to.compareTo(from) > 0) {
            added.addAll(routing.recipients(c.routingFacts(exercises.of(c.mode(), c.exerciseId())), to));
            added.removeAll(cases.alertedCountries(c.incidentId()));
        }
        cases.setLevel(c.incidentId(), to, mode);
        cases.recordLevel(c.incidentId(), new LevelChange(to.name() + (mode == null ? "" : " (" + mode + ")"), reason, by, now));
        ProtocolCase raised = c.atLevel(to, mode);
        ProtocolPlan plan = plans.version(c.planVersion()).orElseGet(plans::current);
        dispatcher.alert(raised, added, plan, now);
        outbox.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.CRISIS_LEVEL_CHANGED, c.incidentId(), "EU",
                        new CrisisLevelChanged(c.incidentId(), c.reporterCountry(), from.name(), to.name(), mode, reason, by, now,
                                List.copyOf(added), c.planVersion(), c.mode().name(), c.exerciseId()))
                .marked(c.mode(), c.exerciseId(), c.tlp()));
        return List.copyOf(added);
    }
}
