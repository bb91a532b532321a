package eu.cyberplan.exercises.scoring;

import eu.cyberplan.events.v1.AlertAcknowledged;
import eu.cyberplan.events.v1.AlertDelivered;
import eu.cyberplan.events.v1.AlertDispatched;
import eu.cyberplan.events.v1.AlertOverdue;
import eu.cyberplan.events.v1.CaseOpened;
import eu.cyberplan.events.v1.CrisisLevelChanged;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.SituationReportPublished;
import eu.cyberplan.exercises.responder.SimulatedResponder;
import eu.cyberplan.platform.inbox.IncomingEvent;
import eu.cyberplan.platform.inbox.IncomingEvents;
import eu.cyberplan.platform.inbox.ProcessedEvents;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records, from the exercise topics, what happened to the alerts and cases of this node's exercises, which is what
 * scoring and the after-action report are computed from; events of other exercises are left alone. A redelivered
 * event changes nothing. A delivery to a country the simulated responder plays schedules its acknowledgement.
 */
@Singleton
public class ProtocolObserver {

    private final IncomingEvents events;
    private final ProcessedEvents processed;
    private final Observations observations;
    private final SimulatedResponder responder;
    private final JdbcOperations jdbc;

    public ProtocolObserver(IncomingEvents events, ProcessedEvents processed, Observations observations, SimulatedResponder responder,
                            JdbcOperations jdbc) {
        this.events = events;
        this.processed = processed;
        this.observations = observations;
        this.responder = responder;
        this.jdbc = jdbc;
    }

    @Transactional
    public void recordAll(List<IncomingEvent> batch) {
        Set<UUID> ours = ours(batch);
        for (IncomingEvent event : processed.fresh(batch, e -> e.exerciseId() != null && ours.contains(e.exerciseId()))) {
            record(event.exerciseId(), event);
        }
    }

    private void record(UUID exercise, IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.ALERT_DISPATCHED -> events.payloadIfComplete(event, AlertDispatched.class, d -> d.alertId() != null && d.country() != null)
                    .ifPresent(d -> observations.dispatched(exercise, d.alertId(), d.incidentId(), d.country(), d.dispatchedAt(), d.ackDeadline()));
            case EventTypes.ALERT_DELIVERED -> events.payloadIfComplete(event, AlertDelivered.class, d -> d.alertId() != null && d.deliveredAt() != null)
                    .ifPresent(d -> {
                        observations.delivered(exercise, d.alertId(), d.incidentId(), d.country(), d.deliveredAt());
                        responder.delivered(exercise, d.alertId(), d.country(), d.deliveredAt());
                    });
            case EventTypes.ALERT_ACKNOWLEDGED -> events.payloadIfComplete(event, AlertAcknowledged.class, a -> a.alertId() != null && a.acknowledgedAt() != null)
                    .ifPresent(a -> observations.acknowledged(exercise, a.alertId(), a.incidentId(), a.country(), a.acknowledgedAt(), a.acknowledgedBy()));
            case EventTypes.ALERT_OVERDUE -> events.payloadIfComplete(event, AlertOverdue.class, o -> o.alertId() != null && o.overdueAt() != null)
                    .ifPresent(o -> observations.overdue(exercise, o.alertId(), o.incidentId(), o.country(), o.overdueAt()));
            case EventTypes.CASE_OPENED -> events.payloadIfComplete(event, CaseOpened.class, c -> c.incidentId() != null && c.openedAt() != null)
                    .ifPresent(c -> observations.protocolEvent(exercise,
                            new Observations.ProtocolEvent(c.incidentId(), "LEVEL", c.level(), "case opened", c.openedAt())));
            case EventTypes.CRISIS_LEVEL_CHANGED -> events.payloadIfComplete(event, CrisisLevelChanged.class, c -> c.incidentId() != null && c.changedAt() != null)
                    .ifPresent(c -> observations.protocolEvent(exercise, new Observations.ProtocolEvent(c.incidentId(), "LEVEL", c.toLevel(),
                            c.fromLevel() + " → " + c.toLevel() + (c.reason() == null ? "" : ": " + c.reason()), c.changedAt())));
            case EventTypes.SITUATION_REPORT_PUBLISHED -> events.payloadIfComplete(event, SituationReportPublished.class,
                            r -> r.incidentId() != null && r.publishedAt() != null)
                    .ifPresent(r -> observations.protocolEvent(exercise, new Observations.ProtocolEvent(r.incidentId(), "SITUATION_REPORT", null,
                            "situation report " + r.version() + " (" + r.impactSeverity() + ", " + r.impactOutlook() + ")", r.publishedAt())));
            default -> {
                // Other protocol events (assistance, notices) are not scored.
            }
        }
    }

    private Set<UUID> ours(List<IncomingEvent> batch) {
        UUID[] ids = batch.stream().map(IncomingEvent::exerciseId).filter(java.util.Objects::nonNull).distinct().toArray(UUID[]::new);
        if (ids.length == 0) {
            return Set.of();
        }
        return jdbc.prepareStatement("SELECT id FROM exercise WHERE id = ANY(?)", s -> {
            s.setArray(1, s.getConnection().createArrayOf("uuid", ids));
            Set<UUID> found = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
            return found;
        });
    }
}
