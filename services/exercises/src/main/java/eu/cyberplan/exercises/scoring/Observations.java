package eu.cyberplan.exercises.scoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the protocol did with an exercise's alerts and cases, as read from the exercise topics: every alert with its
 * dispatch, delivery, acknowledgement and overdue times, every level change and situation report. Events of one alert
 * come on different topics and may arrive in any order, so each one fills in its own columns.
 */
@Singleton
public class Observations {

    private final JdbcOperations jdbc;

    public Observations(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One alert of an exercise as observed. */
    public record Alert(UUID alertId, UUID incidentId, String country, Instant dispatchedAt, Instant ackDeadline, Instant deliveredAt,
                        Instant acknowledgedAt, String acknowledgedBy, Instant overdueAt) {
    }

    /** A level change or a situation report on an exercise case. */
    public record ProtocolEvent(UUID incidentId, String kind, String level, String detail, Instant at) {
    }

    public void dispatched(UUID exerciseId, UUID alertId, UUID incidentId, String country, Instant dispatchedAt, Instant ackDeadline) {
        upsert(exerciseId, alertId, incidentId, country, "dispatched_at = coalesce(exercise_alert.dispatched_at, EXCLUDED.dispatched_at), "
                + "ack_deadline = coalesce(exercise_alert.ack_deadline, EXCLUDED.ack_deadline)", dispatchedAt, ackDeadline, null, null, null, null);
    }

    public void delivered(UUID exerciseId, UUID alertId, UUID incidentId, String country, Instant deliveredAt) {
        upsert(exerciseId, alertId, incidentId, country, "delivered_at = coalesce(exercise_alert.delivered_at, EXCLUDED.delivered_at)",
                null, null, deliveredAt, null, null, null);
    }

    public void acknowledged(UUID exerciseId, UUID alertId, UUID incidentId, String country, Instant at, String by) {
        upsert(exerciseId, alertId, incidentId, country, "acknowledged_at = coalesce(exercise_alert.acknowledged_at, EXCLUDED.acknowledged_at), "
                + "acknowledged_by = coalesce(exercise_alert.acknowledged_by, EXCLUDED.acknowledged_by)", null, null, null, at, by, null);
    }

    public void overdue(UUID exerciseId, UUID alertId, UUID incidentId, String country, Instant at) {
        upsert(exerciseId, alertId, incidentId, country, "overdue_at = coalesce(exercise_alert.overdue_at, EXCLUDED.overdue_at)",
                null, null, null, null, null, at);
    }

    public void protocolEvent(UUID exerciseId, ProtocolEvent event) {
        jdbc.prepareStatement("INSERT INTO exercise_protocol_event (exercise_id, incident_id, kind, level, detail, at) VALUES (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, exerciseId);
            s.setObject(2, event.incidentId());
            s.setString(3, event.kind());
            s.setString(4, event.level());
            s.setString(5, event.detail());
            s.setTimestamp(6, Timestamp.from(event.at()));
            return s.executeUpdate();
        });
    }

    public List<Alert> alerts(UUID exerciseId) {
        return jdbc.prepareStatement("SELECT * FROM exercise_alert WHERE exercise_id = ? ORDER BY dispatched_at NULLS LAST, country", s -> {
            s.setObject(1, exerciseId);
            List<Alert> alerts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    alerts.add(new Alert(rs.getObject("alert_id", UUID.class), rs.getObject("incident_id", UUID.class), rs.getString("country"),
                            instant(rs.getTimestamp("dispatched_at")), instant(rs.getTimestamp("ack_deadline")),
                            instant(rs.getTimestamp("delivered_at")), instant(rs.getTimestamp("acknowledged_at")), rs.getString("acknowledged_by"),
                            instant(rs.getTimestamp("overdue_at"))));
                }
            }
            return alerts;
        });
    }

    public List<ProtocolEvent> protocolEvents(UUID exerciseId) {
        return jdbc.prepareStatement("SELECT * FROM exercise_protocol_event WHERE exercise_id = ? ORDER BY at, id", s -> {
            s.setObject(1, exerciseId);
            List<ProtocolEvent> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(new ProtocolEvent(rs.getObject("incident_id", UUID.class), rs.getString("kind"), rs.getString("level"),
                            rs.getString("detail"), rs.getTimestamp("at").toInstant()));
                }
            }
            return events;
        });
    }

    private void upsert(UUID exerciseId, UUID alertId, UUID incidentId, String country, String onConflict, Instant dispatchedAt,
                        Instant ackDeadline, Instant deliveredAt, Instant acknowledgedAt, String acknowledgedBy, Instant overdueAt) {
        jdbc.prepareStatement("""
                INSERT INTO exercise_alert (alert_id, exercise_id, incident_id, country, dispatched_at, ack_deadline, delivered_at,
                    acknowledged_at, acknowledged_by, overdue_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (alert_id) DO UPDATE SET""" + " " + onConflict, s -> {
            s.setObject(1, alertId);
            s.setObject(2, exerciseId);
            s.setObject(3, incidentId);
            s.setString(4, country);
            s.setTimestamp(5, timestamp(dispatchedAt));
            s.setTimestamp(6, timestamp(ackDeadline));
            s.setTimestamp(7, timestamp(deliveredAt));
            s.setTimestamp(8, timestamp(acknowledgedAt));
            s.setString(9, acknowledgedBy);
            s.setTimestamp(10, timestamp(overdueAt));
            return s.executeUpdate();
        });
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
