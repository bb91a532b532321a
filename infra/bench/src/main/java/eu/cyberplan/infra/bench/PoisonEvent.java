package eu.cyberplan.infra.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A poison event: an outbox row of incident-reporting that the broker refuses for good (a 2 MiB payload, over the
 * broker's 1 MiB message limit), written straight into PostgreSQL as a bug would write it. DESIGN §4: it must be
 * parked with its reason ({@code outbox_event.parked_at}, platform migration V0_5) while every other aggregate flows.
 */
final class PoisonEvent implements Fault {

    private static final int PAYLOAD_BYTES = 2 * 1024 * 1024;

    private final InboxLedger ledger;
    private final String topic;
    private final UUID id = UUID.randomUUID();

    PoisonEvent(InboxLedger ledger, String topicPrefix) {
        this.ledger = ledger;
        this.topic = topicPrefix + ".incidents.v1";
    }

    @Override
    public String label() {
        return "poison outbox row";
    }

    @Override
    public Duration recoveryTimeout() {
        return Duration.ofSeconds(90);
    }

    @Override
    public Instant inject() throws SQLException {
        String sql = """
                INSERT INTO incident_reporting.outbox_event (id, topic, record_key, event_type, source, subject, mode, tlp, payload, created_at)
                VALUES (?, ?, ?, 'eu.cyberplan.incident.updated.v1', '/cyberplan/incident-reporting/EE', ?, 'REAL', 'AMBER',
                        jsonb_build_object('id', ?::text, 'padding', repeat('x', ?)), now())""";
        try (Connection connection = ledger.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            String aggregate = UUID.randomUUID().toString();
            statement.setObject(1, id);
            statement.setString(2, topic);
            statement.setString(3, aggregate);
            statement.setString(4, aggregate);
            statement.setString(5, aggregate);
            statement.setInt(6, PAYLOAD_BYTES);
            statement.executeUpdate();
        }
        System.out.println("  inserted poison outbox row " + id + " (" + PAYLOAD_BYTES / 1024 + " KiB payload) on " + topic);
        return Instant.now();
    }

    /** Reports whether the row was parked; a row still blocking the relay is removed so the stack can go on. */
    @Override
    public String settle() throws SQLException {
        try (Connection connection = ledger.connect()) {
            boolean parked = parked(connection);
            if (parked) {
                System.out.println("  the poison row is parked");
                return null;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM incident_reporting.outbox_event WHERE id = ? AND sent_at IS NULL")) {
                delete.setObject(1, id);
                if (delete.executeUpdate() > 0) {
                    System.out.println("  the poison row was neither parked nor sent: removed it by hand so the relay can go on");
                    return "poison row not parked";
                }
            }
            return "poison row was sent (the broker should have refused it)";
        }
    }

    private boolean parked(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT parked_at IS NOT NULL FROM incident_reporting.outbox_event WHERE id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
