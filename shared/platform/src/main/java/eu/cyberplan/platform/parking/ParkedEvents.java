package eu.cyberplan.platform.parking;

import eu.cyberplan.platform.api.Page;
import eu.cyberplan.platform.parking.ParkedEvent.Side;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Both kinds of parked events, outbox rows and consumed records, as one list, and the operator's state changes. */
@Singleton
public class ParkedEvents {

    // One shape for both tables. An outbox row is listed once parked, and stays listed (RETRIED) after a release until
    // the outbox purges it with the sent rows; a discarded one is never purged. The outbox predicate is the one of the
    // outbox_event_parking index.
    private static final String BOTH = """
            SELECT id, 'OUTBOX' AS side,
                   CASE WHEN discarded_at IS NOT NULL THEN 'DISCARDED' WHEN parked_at IS NOT NULL THEN 'PARKED' ELSE 'RETRIED' END AS status,
                   topic, event_type, record_key, id::text AS ce_id, octet_length(payload::text)::bigint AS size, park_reason AS reason,
                   coalesce(parked_at, released_at) AS parked_at, NULL::int AS attempts, NULL::text AS consumer_group,
                   NULL::int AS partition, NULL::bigint AS record_offset, coalesce(discarded_at, released_at) AS resolved_at,
                   coalesce(discarded_by, released_by) AS resolved_by
            FROM outbox_event WHERE parked_at IS NOT NULL OR released_at IS NOT NULL
            UNION ALL
            SELECT id, 'CONSUMER', status, topic, event_type, record_key, ce_id, size, reason, parked_at, attempts, consumer_group,
                   partition, record_offset, resolved_at, resolved_by
            FROM parked_event""";
    private static final String FILTER = " WHERE (?::text IS NULL OR status = ?) AND (?::text IS NULL OR side = ?)";

    private final JdbcOperations jdbc;

    public ParkedEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; {@code status} and {@code side} filter when given. */
    @Transactional
    public Page<ParkedEvent> list(ParkedStatus status, Side side, int page, int size) {
        String statusName = status == null ? null : status.name();
        String sideName = side == null ? null : side.name();
        long total = jdbc.prepareStatement("SELECT count(*) FROM (" + BOTH + ") parked" + FILTER, statement -> {
            bindFilter(statement, statusName, sideName);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<ParkedEvent> items = jdbc.prepareStatement("SELECT * FROM (" + BOTH + ") parked" + FILTER
                + " ORDER BY parked_at DESC, id LIMIT ? OFFSET ?", statement -> {
            bindFilter(statement, statusName, sideName);
            statement.setInt(5, size);
            statement.setLong(6, (long) page * size);
            return read(statement.executeQuery());
        });
        return new Page<>(items, page, size, total);
    }

    @Transactional
    public Optional<ParkedEvent> find(UUID id) {
        return jdbc.prepareStatement("SELECT * FROM (" + BOTH + ") parked WHERE id = ?", statement -> {
            statement.setObject(1, id);
            return read(statement.executeQuery()).stream().findFirst();
        });
    }

    /** Counts of what waits for an operator, per side. */
    @Transactional
    public long waiting(Side side) {
        String query = side == Side.OUTBOX
                ? "SELECT count(*) FROM outbox_event WHERE parked_at IS NOT NULL AND discarded_at IS NULL AND sent_at IS NULL"
                : "SELECT count(*) FROM parked_event WHERE status = 'PARKED'";
        return jdbc.prepareStatement(query, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Hands a parked outbox event back to the relay, which publishes it (then the events of its key) or parks it again. */
    @Transactional
    public boolean releaseOutbox(UUID id, String by, Instant at) {
        return update("""
                UPDATE outbox_event SET parked_at = NULL, released_at = ?, released_by = ?
                WHERE id = ? AND parked_at IS NOT NULL AND discarded_at IS NULL AND sent_at IS NULL""", id, by, at);
    }

    /** Gives up on a parked outbox event: kept, never published, and no longer holding up its key. */
    @Transactional
    public boolean discardOutbox(UUID id, String by, Instant at) {
        return update("""
                UPDATE outbox_event SET discarded_at = ?, discarded_by = ?
                WHERE id = ? AND parked_at IS NOT NULL AND discarded_at IS NULL AND sent_at IS NULL""", id, by, at);
    }

    /** Moves a parked consumed record to RETRIED or DISCARDED; false when it is not PARKED (any more). */
    @Transactional
    public boolean resolveRecord(UUID id, ParkedStatus to, String by, Instant at) {
        return jdbc.prepareStatement("""
                UPDATE parked_event SET status = ?, resolved_at = ?, resolved_by = ? WHERE id = ? AND status = 'PARKED'""", statement -> {
            statement.setString(1, to.name());
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setString(3, by);
            statement.setObject(4, id);
            return statement.executeUpdate() == 1;
        });
    }

    /** Puts a record back to PARKED when its retry could not even run (the database went away meanwhile). */
    @Transactional
    public void reparkRecord(UUID id) {
        jdbc.prepareStatement("UPDATE parked_event SET status = 'PARKED', resolved_at = NULL, resolved_by = NULL WHERE id = ?", statement -> {
            statement.setObject(1, id);
            return statement.executeUpdate();
        });
    }

    private boolean update(String sql, UUID id, String by, Instant at) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, by);
            statement.setObject(3, id);
            return statement.executeUpdate() == 1;
        });
    }

    private static void bindFilter(java.sql.PreparedStatement statement, String status, String side) throws SQLException {
        statement.setString(1, status);
        statement.setString(2, status);
        statement.setString(3, side);
        statement.setString(4, side);
    }

    private static List<ParkedEvent> read(ResultSet rs) throws SQLException {
        try (rs) {
            List<ParkedEvent> items = new ArrayList<>();
            while (rs.next()) {
                items.add(new ParkedEvent(rs.getObject("id", UUID.class), Side.valueOf(rs.getString("side")),
                        ParkedStatus.valueOf(rs.getString("status")), rs.getString("topic"), rs.getString("event_type"),
                        rs.getString("record_key"), rs.getString("ce_id"), rs.getLong("size"), rs.getString("reason"),
                        instant(rs.getTimestamp("parked_at")), (Integer) rs.getObject("attempts"), rs.getString("consumer_group"),
                        (Integer) rs.getObject("partition"), (Long) rs.getObject("record_offset"),
                        instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by")));
            }
            return items;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
