package eu.cyberplan.incidentreporting.reminder;

import eu.cyberplan.incidentreporting.deadline.ReminderSchedule;
import eu.cyberplan.incidentreporting.deadline.ReportingTimeline;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Plans an incident's NIS2 reminders again each time it changes (filed, a report in, handled, retracted), in the
 * transaction that changes it: a report submitted takes its clock's reminders away, a new clock brings its own.
 */
@Singleton
public class ReminderPlanner {

    private final ReminderStore store;
    private final Clock clock;

    public ReminderPlanner(ReminderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A retracted incident owes no report, so it is reminded of none. */
    public void plan(UUID incidentId, ReportingTimeline timeline, boolean retracted) {
        store.replanUnsent(incidentId, retracted ? List.of() : ReminderSchedule.of(timeline, clock.instant()));
    }
}
