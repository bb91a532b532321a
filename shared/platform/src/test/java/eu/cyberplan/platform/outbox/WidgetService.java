package eu.cyberplan.platform.outbox;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.events.v1.Tlp;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/** A tiny aggregate whose changes publish events through the outbox, as a service's would. */
@Singleton
public class WidgetService {

    public static final String TYPE = "eu.cyberplan.widget.created.v1";

    private final JdbcOperations jdbc;
    private final Outbox outbox;

    public WidgetService(JdbcOperations jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public UUID create(String name, Mode mode, boolean failAfterWriting) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement("INSERT INTO widget (id, name) VALUES (?, ?)", s -> {
            s.setObject(1, id);
            s.setString(2, name);
            return s.executeUpdate();
        });
        outbox.add(OutboxEvent.of("incidents.v1", TYPE, id, "EE", Map.of("id", id.toString(), "name", name))
                .marked(mode, mode == Mode.EXERCISE ? UUID.randomUUID() : null, Tlp.AMBER_STRICT));
        if (failAfterWriting) {
            throw new IllegalStateException("the change fails after writing its event");
        }
        return id;
    }

    /** Another event about widget {@code id} (same record key), on {@code topic}: for order-per-key tests. */
    @Transactional
    public void announce(String topic, UUID id, String name) {
        outbox.add(OutboxEvent.of(topic, TYPE, id, "EE", Map.of("id", id.toString(), "name", name)));
    }

    public long count(UUID id) {
        return jdbc.prepareStatement("SELECT count(*) FROM widget WHERE id = ?", s -> {
            s.setObject(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
