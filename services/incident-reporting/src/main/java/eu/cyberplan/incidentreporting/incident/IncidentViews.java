package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.deadline.Deadline;
import eu.cyberplan.incidentreporting.deadline.DeadlineState;
import eu.cyberplan.incidentreporting.deadline.ReportingDeadlines;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** An incident as the API shows it (DESIGN §9): the stored incident with its NIS2 clocks as they stand now. */
@Singleton
public class IncidentViews {

    private final IncidentStore incidents;
    private final Clock clock;

    public IncidentViews(IncidentStore incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    public IncidentView of(Incident incident) {
        return IncidentView.of(incident, incidents.stored(incident.id()).orElseThrow(), deadlinesOf(incident));
    }

    public List<Deadline> deadlinesOf(Incident incident) {
        List<Deadline> deadlines = ReportingDeadlines.of(incident.timeline(), clock.instant());
        return Incident.RETRACTED.equals(incident.status()) ? deadlines.stream().map(IncidentViews::withdrawn).toList() : deadlines;
    }

    /** A retracted incident owes nothing more: its running clocks stop. */
    private static Deadline withdrawn(Deadline deadline) {
        return deadline.open() ? new Deadline(deadline.stage(), deadline.dueAt(), null, DeadlineState.NOT_REQUESTED,
                "not due: the incident was retracted") : deadline;
    }
}
