package eu.cyberplan.escalation.protocol;

import eu.cyberplan.escalation.exercise.ExerciseClocks;
import eu.cyberplan.escalation.exercise.ExerciseRosters;
import eu.cyberplan.escalation.plan.Plans;
import eu.cyberplan.escalation.plan.ProtocolPlan;
import eu.cyberplan.events.v1.CaseOpened;
import eu.cyberplan.events.v1.CoordinatorNotified;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentReported;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Opens a protocol case for a reported incident that meets the plan, and dispatches one alert per recipient
 * country with its acknowledgement deadline: case, alerts and their events commit together. A case that alerts nobody
 * (filed cross-border, naming no other country) is never left silent: the coordinators are asked to route it.
 */
@Singleton
public class CaseOpening {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseOpening.class);

    static final String PROTOCOL = "protocol";

    private final CaseStore cases;
    private final Outbox outbox;
    private final AlertRouting routing;
    private final Plans plans;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final ExerciseRosters exercises;
    private final ExerciseClocks exerciseClocks;

    public CaseOpening(CaseStore cases, Outbox outbox, AlertRouting routing, Plans plans, Dispatcher dispatcher, Clock clock,
                       ExerciseRosters exercises, ExerciseClocks exerciseClocks) {
        this.exercises = exercises;
        this.exerciseClocks = exerciseClocks;
        this.cases = cases;
        this.outbox = outbox;
        this.routing = routing;
        this.plans = plans;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** In the consumer's transaction: opens the case of a filed incident when the plan says so, and alerts its first recipients. */
    public void open(IncidentReported incident) {
        open(OpeningFacts.of(incident));
    }

    /**
     * A correction or a later report of an incident that has no case (filed national-only, not significant): when the
     * facts now meet the plan, its case opens now, routed as at early warning. True when it opened; an incident that has
     * or had a case is left to {@link CaseFollowUp}.
     */
    public boolean openLate(OpeningFacts incident) {
        if (incident.incidentId() == null || incident.reporterCountry() == null || incident.severity() == null || incident.mode() == null) {
            return false; // not enough to decide on: what follows up on cases logs and leaves it
        }
        return cases.findForUpdate(incident.incidentId()).isEmpty() && open(incident);
    }

    private boolean open(OpeningFacts incident) {
        Tlp tlp = TlpSharing.marking(incident.tlp());
        RoutingFacts facts = new RoutingFacts(incident.reporterCountry(), incident.affectedCountries(), incident.crossBorder(), tlp,
                incident.recipients());
        ProtocolPlan plan = plans.current();
        if (!routing.opensCase(facts, incident.significant(), Severity.valueOf(incident.severity()), plan.caseOpening())) {
            return false;
        }
        if (Mode.EXERCISE.name().equals(incident.mode()) && exerciseClocks.ended(incident.exerciseId())) {
            LOG.info("Incident {} of exercise {} opens no case: the exercise has ended (ENDEX)", incident.incidentId(), incident.exerciseId());
            return false;
        }
        Instant now = clock.instant();
        Mode mode = Mode.valueOf(incident.mode());
        ProtocolCase opened = new ProtocolCase(incident.incidentId(), incident.reference(), incident.reporterCountry(), incident.title(),
                Severity.valueOf(incident.severity()), tlp, mode, incident.exerciseId(), CaseStatus.OPEN, CrisisLevel.TECHNICAL,
                plan.version(), incident.affectedCountries(), facts.namedRecipients(), now, null, null,
                mode == Mode.EXERCISE && incident.exerciseCompression() != null ? incident.exerciseCompression() : 1.0);
        if (!cases.open(opened, PROTOCOL)) {
            return false;
        }
        // Only who is alerted depends on the exercise's parties, so they are looked up once the case has opened.
        Set<String> recipients = routing.recipients(facts.withExercise(exercises.of(mode, incident.exerciseId())), CrisisLevel.TECHNICAL);
        outbox.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.CASE_OPENED, incident.incidentId(), "EU",
                        new CaseOpened(incident.incidentId(), incident.reporterCountry(), opened.level().name(), incident.severity(), tlp.label(),
                                mode.name(), incident.exerciseId(), plan.version(), List.copyOf(recipients), now))
                .marked(mode, incident.exerciseId(), tlp));
        dispatcher.alert(opened, recipients, plan, now);
        if (recipients.isEmpty()) {
            outbox.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.COORDINATOR_NOTIFIED, incident.incidentId(), "EU",
                            new CoordinatorNotified(UUID.nameUUIDFromBytes(("unrouted/" + incident.incidentId()).getBytes(StandardCharsets.UTF_8)),
                                    incident.incidentId(), null, "ESCALATION_REQUEST", incident.reporterCountry(), incident.severity(), tlp.label(),
                                    opened.level().name(), unrouted(incident), now, mode.name(), incident.exerciseId()))
                    .marked(mode, incident.exerciseId(), tlp));
        }
        return true;
    }

    /** What the coordinators read when a case opened alerting no country: the reference and what they can do, never the title. */
    static String unrouted(OpeningFacts incident) {
        return incident.reference() + " from " + incident.reporterCountry() + " opened a case but alerts no country"
                + (incident.crossBorder() ? " (filed cross-border, naming no other affected country or recipient)" : "")
                + ": route it — have " + incident.reporterCountry() + " name the affected countries in a correction, or raise the level";
    }
}
