package eu.cyberplan.contactpoints.channel;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The notification table, in the current transaction. */
@Singleton
class NotificationStore {

    // Claimed rows are leased, not held locked: nothing stays open while a webhook or SMTP server takes its time, and a
    // sender that dies mid-send leaves rows that fall due again when the lease ends. SKIP LOCKED keeps two senders apart;
    // real alerts go before exercise ones.
    private static final String CLAIM = """
            UPDATE notification SET attempts = attempts + 1, next_attempt_at = ?
            WHERE id IN (SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?
                         ORDER BY mode = 'EXERCISE', next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id, alert_id, country, route, channel, target, subject, body, attempts, content_language""";

    // Cancellation by what ended the need for paging: one alert, every alert of a case, every alert of an exercise.
    private static final String CANCEL = """
            UPDATE notification SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ?
            WHERE status = 'PENDING' AND alert_id IN (%s)""";

    private final JdbcOperations jdbc;

    NotificationStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification to queue, with the mode of its alert. */
    record Queued(Delivery delivery, String mode) {
    }

    /**
     * Queues the notifications in one batch, each due at once; an alert, route and target that had one already is left
     * as it was. Returns how many were queued.
     */
    int insertAll(List<Queued> queued, Instant now) {
        if (queued.isEmpty()) {
            return 0;
        }
        return jdbc.prepareStatement("""
                INSERT INTO notification (id, alert_id, country, mode, route, channel, target, subject, body, next_attempt_at, created_at,
                    content_language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (alert_id, route, channel, target) DO NOTHING""", s -> {
            for (Queued one : queued) {
                Delivery delivery = one.delivery();
                s.setObject(1, delivery.id());
                s.setObject(2, delivery.alertId());
                s.setString(3, delivery.country());
                s.setString(4, one.mode());
                s.setString(5, delivery.route().name());
                s.setString(6, delivery.channel().name());
                s.setString(7, delivery.target());
                s.setString(8, delivery.subject());
                s.setString(9, delivery.body());
                s.setTimestamp(10, Timestamp.from(now));
                s.setTimestamp(11, Timestamp.from(now));
                s.setString(12, delivery.contentLanguage());
                s.addBatch();
            }
            int inserted = 0;
            for (int count : s.executeBatch()) {
                // A rewritten batch reports SUCCESS_NO_INFO (-2) per row: counted as queued.
                inserted += count == 0 ? 0 : 1;
            }
            return inserted;
        });
    }

    List<Delivery> claimDue(Instant now, Instant leaseEnd, int limit) {
        return jdbc.prepareStatement(CLAIM, s -> {
            s.setTimestamp(1, Timestamp.from(leaseEnd));
            s.setTimestamp(2, Timestamp.from(now));
            s.setInt(3, limit);
            List<Delivery> claimed = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Delivery(rs.getObject("id", UUID.class), rs.getObject("alert_id", UUID.class), rs.getString("country"),
                            Route.valueOf(rs.getString("route")), ChannelKind.valueOf(rs.getString("channel")), rs.getString("target"),
                            rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"), null, rs.getString("content_language")));
                }
            }
            return claimed;
        });
    }

    /** Records how an attempt ended: {@code SENT}, or a failure that stays PENDING until {@code nextAttempt} or is FAILED. */
    void update(UUID id, String status, Instant sentAt, Instant nextAttempt, String error) {
        jdbc.prepareStatement("""
                UPDATE notification SET status = ?, sent_at = ?, next_attempt_at = coalesce(?, next_attempt_at),
                    last_error = coalesce(?, last_error)
                WHERE id = ? AND status = 'PENDING'""", s -> {
            s.setString(1, status);
            s.setTimestamp(2, sentAt == null ? null : Timestamp.from(sentAt));
            s.setTimestamp(3, nextAttempt == null ? null : Timestamp.from(nextAttempt));
            s.setString(4, error);
            s.setObject(5, id);
            return s.executeUpdate();
        });
    }

    /** The languages of a country as the directory lists them; none for the EU inbox or a country not in the plan. */
    List<String> languagesOf(String country) {
        return jdbc.prepareStatement("SELECT languages FROM country WHERE code = ?", s -> {
            s.setString(1, country);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getArray(1) != null ? java.util.Arrays.asList((String[]) rs.getArray(1).getArray()) : List.<String>of();
            }
        });
    }

    /** Cancels what is still pending for these alerts; returns how many. */
    int cancelAlerts(List<UUID> alertIds, String reason, Instant now) {
        return cancel("SELECT unnest(?::uuid[])", reason, now, s -> s.setArray(3, s.getConnection().createArrayOf("uuid", alertIds.toArray())));
    }

    /** Cancels what is still pending for any item of the incident's case, in every country's inbox, and for its liaison calls. */
    int cancelIncident(UUID incidentId, String reason, Instant now) {
        return cancel("SELECT alert_id FROM inbox_item WHERE incident_id = ? UNION ALL SELECT call_id FROM liaison_call WHERE incident_id = ?",
                reason, now, s -> {
                    s.setObject(3, incidentId);
                    s.setObject(4, incidentId);
                });
    }

    /** Cancels what is still pending for any item of the exercise and for its liaison calls. */
    int cancelExercise(UUID exerciseId, String reason, Instant now) {
        return cancel("SELECT alert_id FROM inbox_item WHERE exercise_id = ? UNION ALL SELECT call_id FROM liaison_call WHERE exercise_id = ?",
                reason, now, s -> {
                    s.setObject(3, exerciseId);
                    s.setObject(4, exerciseId);
                });
    }

    private int cancel(String alerts, String reason, Instant now, Binding binding) {
        return jdbc.prepareStatement(CANCEL.formatted(alerts), s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, reason);
            binding.bind(s);
            return s.executeUpdate();
        });
    }

    /** Cancels what is pending for the country's items of the incident and blanks the text of all of them; returns how many were cancelled. */
    int withdrawIncident(UUID incidentId, String country, String reason, Instant now) {
        int cancelled = cancel("SELECT alert_id FROM inbox_item WHERE incident_id = ? AND country = ? AND kind <> 'RECALL'", reason, now, s -> {
            s.setObject(3, incidentId);
            s.setString(4, country);
        });
        jdbc.prepareStatement("""
                UPDATE notification SET subject = '[CyberPlan] withdrawn under its TLP marking', body = 'withdrawn: ' || ?
                WHERE country = ? AND alert_id IN (SELECT alert_id FROM inbox_item WHERE incident_id = ? AND country = ? AND kind <> 'RECALL')""", s -> {
            s.setString(1, reason);
            s.setString(2, country);
            s.setObject(3, incidentId);
            s.setString(4, country);
            return s.executeUpdate();
        });
        return cancelled;
    }

    /** Whether the notification is still to be sent: a sender asks just before sending what it claimed a while ago. */
    boolean pending(UUID id) {
        return jdbc.prepareStatement("SELECT status = 'PENDING' FROM notification WHERE id = ?", s -> {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    // An incident's notifications in a country: the paging of the country's items about it, and its liaison's calls about
    // it only where the country takes part in the case, since only then may a call name the case (LiaisonCalls.message).
    private static final String FILTER = """
            country = ? AND mode = ? AND (?::text IS NULL OR status = ?)
            AND (?::uuid IS NULL OR alert_id IN (
                SELECT alert_id FROM inbox_item WHERE incident_id = ? AND country = ?
                UNION ALL SELECT c.call_id FROM liaison_call c WHERE c.incident_id = ? AND c.country = ?
                    AND EXISTS (SELECT 1 FROM inbox_item i WHERE i.incident_id = c.incident_id AND i.country = c.country)))""";

    List<NotificationView> list(String country, String mode, String status, UUID incidentId, int page, int size) {
        return jdbc.prepareStatement("SELECT * FROM notification WHERE " + FILTER + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", s -> {
            int next = bindFilter(s, country, mode, status, incidentId);
            s.setInt(next, size);
            s.setInt(next + 1, page * size);
            List<NotificationView> items = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(read(rs));
                }
            }
            return items;
        });
    }

    long count(String country, String mode, String status, UUID incidentId) {
        return jdbc.prepareStatement("SELECT count(*) FROM notification WHERE " + FILTER, s -> {
            bindFilter(s, country, mode, status, incidentId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Binds {@link #FILTER}; returns the index of the next parameter. */
    private static int bindFilter(PreparedStatement s, String country, String mode, String status, UUID incidentId) throws SQLException {
        s.setString(1, country);
        s.setString(2, mode);
        s.setString(3, status);
        s.setString(4, status);
        s.setObject(5, incidentId, java.sql.Types.OTHER);
        s.setObject(6, incidentId, java.sql.Types.OTHER);
        s.setString(7, country);
        s.setObject(8, incidentId, java.sql.Types.OTHER);
        s.setString(9, country);
        return 10;
    }

    private static NotificationView read(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        return new NotificationView(rs.getObject("id", UUID.class), rs.getObject("alert_id", UUID.class), rs.getString("country"),
                Route.valueOf(rs.getString("route")), ChannelKind.valueOf(rs.getString("channel")), rs.getString("target"),
                rs.getString("subject"), status, rs.getInt("attempts"),
                NotificationView.PENDING.equals(status) ? instant(rs, "next_attempt_at") : null, rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("mode"), instant(rs, "cancelled_at"),
                rs.getString("cancel_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
