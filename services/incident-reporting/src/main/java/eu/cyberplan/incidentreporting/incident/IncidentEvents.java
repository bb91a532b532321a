package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentClosed;
import eu.cyberplan.events.v1.IncidentDeadlineReminder;
import eu.cyberplan.events.v1.IncidentEscalationRequested;
import eu.cyberplan.events.v1.IncidentRetracted;
import eu.cyberplan.events.v1.IncidentUpdated;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.sharing.TlpSharing;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The events of an incident's later life, written to the outbox in the change's transaction; content only as {@link TlpSharing} lets it travel. */
@Singleton
public class IncidentEvents {

    /** A report moves these on without anything recipients were told changing. */
    private static final Set<String> BOOKKEEPING = Set.of("stage", "status");

    private final Outbox outbox;

    public IncidentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Publishes {@code incident.updated} when the change touched what recipients were told, and answers whether it did;
     * it carries the marking before the change, so escalation and contact-points act on a TLP change (DESIGN §8)
     * without keeping state.
     */
    public boolean updatedIfRecipientsCare(Incident before, Incident incident, List<FieldChange> changes, boolean significant, String by,
                                           String note) {
        List<String> fields = toldRecipients(changes);
        if (fields.isEmpty()) {
            return false;
        }
        Tlp tlp = incident.tlp();
        add(incident, EventTypes.INCIDENT_UPDATED, new IncidentUpdated(incident.id(), incident.reference(), incident.reporterCountry(),
                incident.version(), fields, TlpSharing.onSharedCluster(tlp, note), TlpSharing.onSharedCluster(tlp, incident.title()),
                incident.severity().name(), tlp.label(), incident.pap(), incident.rsitClass(), incident.rsitType(), incident.affectedCountries(),
                incident.crossBorder(), incident.recipients(), significant, by, incident.updatedAt(), incident.mode().name(), incident.exerciseId(),
                before.tlp().label(), before.recipients()));
        return true;
    }

    /** The changed fields that recipients were told about (not the report bookkeeping). */
    public static List<String> toldRecipients(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::field).filter(field -> !BOOKKEEPING.contains(field)).toList();
    }

    public void retracted(Incident incident) {
        Incident.Closure end = incident.closure();
        add(incident, EventTypes.INCIDENT_RETRACTED, new IncidentRetracted(incident.id(), incident.reference(), incident.reporterCountry(),
                end.reason(), end.by(), end.at(), incident.severity().name(), incident.tlp().label(), incident.mode().name(), incident.exerciseId()));
    }

    public void closed(Incident incident) {
        Incident.Closure end = incident.closure();
        add(incident, EventTypes.INCIDENT_CLOSED, new IncidentClosed(incident.id(), incident.reference(), incident.reporterCountry(),
                incident.timeline().handledAt(), TlpSharing.onSharedCluster(incident.tlp(), end.reason()), end.by(), end.at(), incident.tlp().label(),
                incident.mode().name(), incident.exerciseId()));
    }

    public void escalationRequested(Incident incident, String reason, String by, Instant at) {
        add(incident, EventTypes.INCIDENT_ESCALATION_REQUESTED, new IncidentEscalationRequested(incident.id(), incident.reference(),
                incident.reporterCountry(), TlpSharing.onSharedCluster(incident.tlp(), reason), by, at, incident.severity().name(),
                incident.tlp().label(), incident.mode().name(), incident.exerciseId()));
    }

    /** A reporting clock of the incident is {@code percent} % gone: its country's duty officer is reminded (DESIGN §14). */
    public void deadlineReminder(Incident incident, String stage, int percent, Instant dueAt, Instant now) {
        add(incident, EventTypes.INCIDENT_DEADLINE_REMINDER, new IncidentDeadlineReminder(incident.id(), incident.reference(),
                incident.reporterCountry(), stage, percent, dueAt, now, incident.severity().name(), incident.tlp().label(),
                incident.mode().name(), incident.exerciseId()));
    }

    private void add(Incident incident, String type, Object payload) {
        outbox.add(OutboxEvent.of(Topics.INCIDENTS, type, incident.id(), incident.reporterCountry(), payload)
                .marked(incident.mode(), incident.exerciseId(), incident.tlp()));
    }
}
