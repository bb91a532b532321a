package eu.cyberplan.platform.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The consumer's inbox: an event id is claimed in the same transaction as the handling, so a
 * redelivered event finds its id taken and changes nothing.
 */
@Singleton
public class ProcessedEvents {

    private final JdbcOperations jdbc;

    public ProcessedEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time this event is seen; false for every redelivery. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean claim(IncomingEvent event) {
        return jdbc.prepareStatement(
                "INSERT INTO processed_event (event_id, event_type) VALUES (?, ?) ON CONFLICT DO NOTHING",
                statement -> {
                    statement.setObject(1, event.id());
                    statement.setString(2, event.type());
                    return statement.executeUpdate() == 1;
                });
    }

    /** The events of the list seen here for the first time, by id, claimed in one statement; redeliveries are left out. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Set<UUID> claimAll(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return jdbc.prepareStatement("""
                INSERT INTO processed_event (event_id, event_type) SELECT * FROM unnest(?::uuid[], ?::text[])
                ON CONFLICT DO NOTHING RETURNING event_id""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", events.stream().map(IncomingEvent::id).toArray()));
            statement.setArray(2, statement.getConnection().createArrayOf("text", events.stream().map(IncomingEvent::type).toArray()));
            Set<UUID> claimed = new HashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    claimed.add(rs.getObject(1, UUID.class));
                }
            }
            return claimed;
        });
    }
}
