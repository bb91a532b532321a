package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.incidentreporting.deadline.Deadline;
import eu.cyberplan.incidentreporting.deadline.ReportingDeadlines;
import eu.cyberplan.incidentreporting.reminder.ReminderPlanner;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Writes every version of an incident: the row in its new state with its next deadline and its NIS2 reminders, and
 * the version entry saying who changed what and why. Callers hold the row lock ({@link IncidentStore#findForUpdate}).
 */
@Singleton
public class IncidentLedger {

    public static final String FILED = "FILED";

    private final IncidentStore store;
    private final IncidentVersions versions;
    private final Clock clock;
    private final ReminderPlanner reminders;

    public IncidentLedger(IncidentStore store, IncidentVersions versions, Clock clock, ReminderPlanner reminders) {
        this.reminders = reminders;
        this.store = store;
        this.versions = versions;
        this.clock = clock;
    }

    public void filed(Incident incident, IncidentSignificance.Result significance) {
        store.insert(incident, new IncidentStore.Assessed(null, significance), next(incident));
        reminders.plan(incident.id(), incident.timeline(), false);
        versions.add(incident.id(), new IncidentVersions.Version(incident.version(), incident.updatedAt(), incident.reportedBy(), FILED,
                List.of(), null));
    }

    /** Records {@code after} as the next version of {@code before}; answers the fields that changed. */
    public List<FieldChange> changed(Incident before, Incident after, String by, String kind, String note,
                                     IncidentStore.Assessed assessed) {
        List<FieldChange> changes = IncidentChanges.between(before, after);
        store.update(after, assessed, next(after));
        reminders.plan(after.id(), after.timeline(), Incident.RETRACTED.equals(after.status()));
        versions.add(after.id(), new IncidentVersions.Version(after.version(), after.updatedAt(), by, kind, changes, note));
        return changes;
    }

    /** A retracted incident owes no more reports; any other one its earliest running clock. */
    private Optional<Deadline> next(Incident incident) {
        if (Incident.RETRACTED.equals(incident.status())) {
            return Optional.empty();
        }
        return ReportingDeadlines.next(ReportingDeadlines.of(incident.timeline(), clock.instant()));
    }
}
