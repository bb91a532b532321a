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
import java.util.function.Predicate;

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

    /**
     * What a consumer applies of a polled batch: the events of these types seen here for the first time, in the order of
     * the batch, all claimed in one statement. Redeliveries, other types and a second copy within the batch are left out.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<IncomingEvent> fresh(List<IncomingEvent> batch, String... types) {
        Set<String> wanted = Set.of(types);
        return fresh(batch, event -> wanted.contains(event.type()));
    }

    /** As {@link #fresh(List, String...)}, for the events {@code wanted} picks. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<IncomingEvent> fresh(List<IncomingEvent> batch, Predicate<IncomingEvent> wanted) {
        List<IncomingEvent> candidates = batch.stream().filter(wanted).toList();
        Set<UUID> unclaimed = new HashSet<>(claimAll(candidates));
        return candidates.stream().filter(event -> unclaimed.remove(event.id())).toList();
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
