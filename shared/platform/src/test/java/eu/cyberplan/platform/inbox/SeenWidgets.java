package eu.cyberplan.platform.inbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The test listener's handling: claims the events in the inbox and stores their names, all in one transaction. */
@Singleton
public class SeenWidgets {

    @Serdeable
    public record Widget(String name) {
    }

    private final JdbcOperations jdbc;
    private final ProcessedEvents processed;
    private final IncomingEvents events;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public SeenWidgets(JdbcOperations jdbc, ProcessedEvents processed, IncomingEvents events) {
        this.jdbc = jdbc;
        this.processed = processed;
        this.events = events;
    }

    @Transactional
    public void applyAll(List<IncomingEvent> batch) {
        for (IncomingEvent event : processed.fresh(batch, e -> true)) {
            String name = events.payloadIfReadable(event, Widget.class).orElseThrow().name();
            attempts.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            jdbc.prepareStatement("INSERT INTO widget_seen (event_id, name) VALUES (?, ?)", statement -> {
                statement.setObject(1, event.id());
                statement.setString(2, name);
                return statement.executeUpdate();
            });
        }
    }

    /** How many times a widget of this name was handed to the handler (in a batch or alone). */
    public int attempts(String name) {
        AtomicInteger count = attempts.get(name);
        return count == null ? 0 : count.get();
    }

    @Transactional
    public List<String> names() {
        return jdbc.prepareStatement("SELECT name FROM widget_seen ORDER BY name", statement -> {
            try (var rs = statement.executeQuery()) {
                List<String> names = new java.util.ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        });
    }

    /** The fix an operator would deploy before retrying: the constraint that refused the poison goes. */
    @Transactional
    public void acceptPoison() {
        jdbc.prepareStatement("ALTER TABLE widget_seen DROP CONSTRAINT widget_seen_not_poison", statement -> statement.executeUpdate());
    }
}
