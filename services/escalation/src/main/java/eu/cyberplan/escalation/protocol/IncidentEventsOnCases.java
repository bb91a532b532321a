package eu.cyberplan.escalation.protocol;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentClosed;
import eu.cyberplan.events.v1.IncidentEscalationRequested;
import eu.cyberplan.events.v1.IncidentReportSubmitted;
import eu.cyberplan.events.v1.IncidentReported;
import eu.cyberplan.events.v1.IncidentRetracted;
import eu.cyberplan.events.v1.IncidentUpdated;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * What each incident event does to the protocol cases: a report may open one ({@link CaseOpening}); an escalation
 * request, a correction, a later report, a retraction or a closure follows up on it ({@link CaseFollowUp}).
 */
@Singleton
public class IncidentEventsOnCases {

    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final CaseOpening opening;
    private final CaseFollowUp followUp;

    public IncidentEventsOnCases(ProcessedEvents processed, IncomingEvents events, CaseOpening opening, CaseFollowUp followUp) {
        this.processed = processed;
        this.events = events;
        this.opening = opening;
        this.followUp = followUp;
    }

    /** Handles a polled batch of incident events in one transaction; events seen before change nothing. */
    @Transactional
    public void applyAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, EventTypes.INCIDENT_REPORTED, EventTypes.INCIDENT_ESCALATION_REQUESTED,
                EventTypes.INCIDENT_UPDATED, EventTypes.INCIDENT_REPORT_SUBMITTED, EventTypes.INCIDENT_RETRACTED, EventTypes.INCIDENT_CLOSED)) {
            switch (event.type()) {
                case EventTypes.INCIDENT_REPORTED -> events.payloadIfReadable(event, IncidentReported.class).ifPresent(opening::open);
                case EventTypes.INCIDENT_ESCALATION_REQUESTED ->
                        events.payloadIfReadable(event, IncidentEscalationRequested.class).ifPresent(followUp::escalationRequested);
                // A correction or report that makes a case-less incident meet the plan opens its case (DESIGN §14); else it follows up.
                case EventTypes.INCIDENT_UPDATED -> events.payloadIfReadable(event, IncidentUpdated.class)
                        .filter(update -> !opening.openLate(OpeningFacts.of(update))).ifPresent(followUp::updated);
                case EventTypes.INCIDENT_REPORT_SUBMITTED ->
                        events.payloadIfReadable(event, IncidentReportSubmitted.class)
                                .filter(report -> !opening.openLate(OpeningFacts.of(report))).ifPresent(followUp::reportSubmitted);
                case EventTypes.INCIDENT_RETRACTED -> events.payloadIfReadable(event, IncidentRetracted.class).ifPresent(followUp::retracted);
                default -> events.payloadIfReadable(event, IncidentClosed.class).ifPresent(followUp::closed);
            }
        }
    }
}
