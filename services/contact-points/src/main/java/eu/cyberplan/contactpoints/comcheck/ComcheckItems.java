package eu.cyberplan.contactpoints.comcheck;

import eu.cyberplan.contactpoints.changes.InboxChanges;
import eu.cyberplan.events.v1.Mode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The COMCHECK items of the inbox table. A comcheck is not an alert of an incident, so its items are written here
 * rather than through the alert inbox, which keeps the inbox package free of comchecks.
 */
@Singleton
public class ComcheckItems {

    static final String KIND = "COMCHECK";
    static final String TITLE = "Communication check";

    private final JdbcOperations jdbc;
    private final InboxChanges changes;

    public ComcheckItems(JdbcOperations jdbc, InboxChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** A country's item of a comcheck. */
    public record Item(UUID alertId, UUID comcheckId, String country, Instant startedAt, Mode mode, UUID exerciseId) {
    }

    /** The item's id follows from the comcheck and the country, so a redelivered comcheck finds it taken. */
    public static UUID alertId(UUID comcheckId, String country) {
        return UUID.nameUUIDFromBytes(("comcheck/" + comcheckId + "/" + country).getBytes(StandardCharsets.UTF_8));
    }

    /** Puts the item in its country's inbox, due by {@code answerBy}, unless it is there already; true when inserted. */
    public boolean insert(Item item, Instant answerBy, Instant deliveredAt) {
        boolean inserted = jdbc.prepareStatement("""
                INSERT INTO inbox_item (alert_id, comcheck_id, country, kind, severity, tlp, mode, exercise_id, title,
                    dispatched_at, ack_deadline, delivered_at, status)
                VALUES (?, ?, ?, ?, 'LOW', 'GREEN', ?, ?, ?, ?, ?, ?, 'NEW') ON CONFLICT (alert_id) DO NOTHING""", s -> {
            s.setObject(1, item.alertId());
            s.setObject(2, item.comcheckId());
            s.setString(3, item.country());
            s.setString(4, KIND);
            s.setString(5, item.mode().name());
            s.setObject(6, item.exerciseId());
            s.setString(7, TITLE);
            s.setTimestamp(8, Timestamp.from(item.startedAt()));
            s.setTimestamp(9, Timestamp.from(answerBy));
            s.setTimestamp(10, Timestamp.from(deliveredAt));
            return s.executeUpdate() == 1;
        });
        if (inserted) {
            changes.changed(Set.of(new InboxChanges.Desk(item.country(), item.mode())));
        }
        return inserted;
    }

    public Optional<Item> find(UUID alertId) {
        return jdbc.prepareStatement("""
                SELECT comcheck_id, country, dispatched_at, mode, exercise_id FROM inbox_item
                WHERE alert_id = ? AND kind = 'COMCHECK' AND comcheck_id IS NOT NULL""", s -> {
            s.setObject(1, alertId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Item(alertId, rs.getObject("comcheck_id", UUID.class), rs.getString("country"),
                        rs.getTimestamp("dispatched_at").toInstant(), Mode.valueOf(rs.getString("mode")), rs.getObject("exercise_id", UUID.class)))
                        : Optional.empty();
            }
        });
    }
}
