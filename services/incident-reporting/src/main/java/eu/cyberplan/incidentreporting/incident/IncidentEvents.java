package eu.cyberplan.incidentreporting.incident;

import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.IncidentClosed;
import eu.cyberplan.events.v1.IncidentEscalationRequested;
import eu.cyberplan.events.v1.IncidentRetracted;
import eu.cyberplan.events.v1.IncidentUpdated;
import eu.cyberplan.events.v1.Tlp;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The events of an incident's later life, written to the outbox in the change's transaction; TLP:RED ones without content. */
@Singleton
public class IncidentEvents {

    /** A report moves these on without anything recipients were told changing. */
    private static final Set<String> BOOKKEEPING = Set.of("stage", "status");

    private final Outbox outbox;

    public IncidentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code incident.updated} when the change touched what recipients were told, else nothing. */
    /** Publishes {@code incident.updated} when recipients were told about a changed field; returns whether it did. */
    public boolean updatedIfRecipientsCare(Incident incident, List<FieldChange> changes, boolean significant, String by, String note) {
        List<String> fields = toldRecipients(changes);
        if (fields.isEmpty()) {
            return false;
        }
        boolean red = incident.tlp() == Tlp.RED;
        add(incident, EventTypes.INCIDENT_UPDATED, new IncidentUpdated(incident.id(), incident.reference(), incident.reporterCountry(),
                incident.version(), fields, red ? null : note, red ? null : incident.title(), incident.severity().name(), incident.tlp().label(),
                incident.pap(), incident.rsitClass(), incident.rsitType(), incident.affectedCountries(), incident.crossBorder(),
                incident.recipients(), significant, by, incident.updatedAt(), incident.mode().name(), incident.exerciseId()));
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
                incident.timeline().handledAt(), incident.tlp() == Tlp.RED ? null : end.reason(), end.by(), end.at(), incident.tlp().label(),
                incident.mode().name(), incident.exerciseId()));
    }

    public void escalationRequested(Incident incident, String reason, String by, Instant at) {
        add(incident, EventTypes.INCIDENT_ESCALATION_REQUESTED, new IncidentEscalationRequested(incident.id(), incident.reference(),
                incident.reporterCountry(), incident.tlp() == Tlp.RED ? null : reason, by, at, incident.severity().name(),
                incident.tlp().label(), incident.mode().name(), incident.exerciseId()));
    }

    private void add(Incident incident, String type, Object payload) {
        outbox.add(OutboxEvent.of(Topics.INCIDENTS, type, incident.id(), incident.reporterCountry(), payload)
                .marked(incident.mode(), incident.exerciseId(), incident.tlp()));
    }
}
