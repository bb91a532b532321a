package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.CaseOpened;
import eu.cyberplan.events.v1.CrisisLevel;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentReported;
import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Severity;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Opens a protocol case for a reported incident that meets the plan, and dispatches one alert per recipient
 * country with its acknowledgement deadline: case, alerts and their events commit together.
 */
@Singleton
public class CaseOpening {

    static final int PLAN_VERSION = 1;
    static final String PROTOCOL = "protocol";

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final CaseStore cases;
    private final Outbox outbox;
    private final AlertRouting routing;
    private final AcknowledgementSla sla;
    private final Clock clock;

    public CaseOpening(ProcessedEvents processed, IncomingEvents events, CaseStore cases, Outbox outbox, AlertRouting routing,
                       AcknowledgementSla sla, Clock clock) {
        this.processed = processed;
        this.events = events;
        this.cases = cases;
        this.outbox = outbox;
        this.routing = routing;
        this.sla = sla;
        this.clock = clock;
    }

    /** Handles a polled batch of incident events in one transaction; events seen before change nothing. */
    @Transactional
    public void onIncidentEvents(List<IncomingEvent> batch) {
        for (IncomingEvent event : batch) {
            if (EventTypes.INCIDENT_REPORTED.equals(event.type()) && processed.claim(event)) {
                onIncidentReported(events.payload(event, IncidentReported.class));
            }
        }
    }

    private void onIncidentReported(IncidentReported incident) {
        Tlp tlp = Tlp.fromLabel(incident.tlp()).orElse(Tlp.AMBER);
        RoutingFacts facts = new RoutingFacts(incident.reporterCountry(), incident.affectedCountries(), incident.crossBorder(), tlp,
                incident.recipients() == null ? List.of() : incident.recipients());
        if (!routing.opensCase(facts)) {
            return;
        }
        Instant now = clock.instant();
        Mode mode = Mode.valueOf(incident.mode());
        ProtocolCase opened = new ProtocolCase(incident.incidentId(), incident.reference(), incident.reporterCountry(), incident.title(),
                incident.severity(), tlp.label(), mode.name(), incident.exerciseId(), ProtocolCase.OPEN, CrisisLevel.TECHNICAL.name(),
                PLAN_VERSION, incident.affectedCountries(), facts.namedRecipients(), now, null);
        if (!cases.open(opened, PROTOCOL)) {
            return;
        }
        Set<String> recipients = routing.recipients(facts, CrisisLevel.TECHNICAL);
        outbox.add(OutboxEvent.of(Topics.PROTOCOL, EventTypes.CASE_OPENED, incident.incidentId(), "EU",
                        new CaseOpened(incident.incidentId(), incident.reporterCountry(), opened.level(), incident.severity(), tlp.label(),
                                mode.name(), incident.exerciseId(), PLAN_VERSION, List.copyOf(recipients), now))
                .marked(mode, incident.exerciseId(), tlp));
        for (String country : recipients) {
            dispatch(opened, country, tlp, now);
        }
    }

    private void dispatch(ProtocolCase c, String country, Tlp tlp, Instant now) {
        Instant deadline = sla.deadline(Severity.valueOf(c.severity()), now, 1.0);
        CaseAlert alert = new CaseAlert(UUID.randomUUID(), country, CaseAlert.ALERT, CaseAlert.DISPATCHED, now, null, null, null, deadline);
        cases.addAlert(c.incidentId(), alert);
        Mode mode = Mode.valueOf(c.mode());
        AlertDispatched dispatched = new AlertDispatched(alert.alertId(), c.incidentId(), country, alert.kind(), c.severity(), tlp.label(),
                mode.name(), c.exerciseId(), tlp == Tlp.RED ? null : c.title(), c.level(), c.reporterCountry(), now, deadline);
        outbox.add(OutboxEvent.of(Topics.ALERTS, EventTypes.ALERT_DISPATCHED, c.incidentId(), "EU", dispatched)
                .withSubject(alert.alertId())
                .marked(mode, c.exerciseId(), tlp));
    }
}
