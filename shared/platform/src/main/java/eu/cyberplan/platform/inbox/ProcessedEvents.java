package eu.cyberplan.platform.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

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
}
