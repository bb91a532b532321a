package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.deadline.ReportingDeadlines;
import eu.cyberplan.incidentreporting.reminder.ReminderStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sends the NIS2 reminders that fell due (DESIGN §14): each one claimed, checked against the incident as it stands
 * now (its report may have come in, or the incident been retracted, since it was planned), sent as
 * {@code incident.deadline-reminder} in the same transaction that marks it sent, so it goes out once.
 */
@Singleton
public class ReminderFiring {

    private final ReminderStore reminders;
    private final IncidentStore incidents;
    private final IncidentEvents events;
    private final Clock clock;

    public ReminderFiring(ReminderStore reminders, IncidentStore incidents, IncidentEvents events, Clock clock) {
        this.reminders = reminders;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    /** Sends up to {@code limit} due reminders; answers how many were due. */
    @Transactional
    public int fireDue(int limit) {
        Instant now = clock.instant();
        List<ReminderStore.Due> due = reminders.claimDue(now, limit);
        for (ReminderStore.Due reminder : due) {
            incidents.find(reminder.incidentId()).filter(incident -> !Incident.RETRACTED.equals(incident.status()))
                    .filter(incident -> stillRunning(incident, reminder, now))
                    .ifPresent(incident -> events.deadlineReminder(incident, reminder.stage(), reminder.percent(), reminder.dueAt(), now));
            reminders.markSent(reminder, now);
        }
        return due.size();
    }

    private static boolean stillRunning(Incident incident, ReminderStore.Due reminder, Instant now) {
        return ReportingDeadlines.of(incident.timeline(), now).stream()
                .anyMatch(clock -> clock.stage().equals(reminder.stage()) && clock.open() && reminder.dueAt().equals(clock.dueAt()));
    }
}
