package eu.cyberplan.platform.outbox;

import eu.cyberplan.platform.notify.DatabaseListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Wakes the leading relay when another instance of the service commits outbox events. Commits in the leader's own JVM
 * nudge its {@link OutboxSignal} directly; a standby instance, nudged by its own commits, announces them with
 * PostgreSQL {@code NOTIFY} on a channel of the service's schema, and the leader, which {@code LISTEN}s there on a
 * connection of its own while it leads, nudges its relay. So the relay can look less often while idle
 * ({@link eu.cyberplan.platform.leader.IdlePause}) and a filing on any instance still leaves within milliseconds.
 * Only the leader listens, so two standbys never wake each other in turn.
 */
final class RemoteCommits implements AutoCloseable {

    private static final String TOPIC = "outbox";

    private final DataSource dataSource;
    private final OutboxSignal signal;
    private DatabaseListener listener;

    RemoteCommits(DataSource dataSource, OutboxSignal signal) {
        this.dataSource = dataSource;
        this.signal = signal;
    }

    /** Starts listening, if not already (the leader calls it each time it finds it leads). */
    synchronized void listen() {
        if (listener == null) {
            // On (re)listening, whatever a standby committed before the LISTEN took effect; the relay still looks at its
            // idle interval meanwhile, so a lost wake-up costs latency, never an event.
            listener = new DatabaseListener(dataSource, TOPIC, signal::nudge, payloads -> signal.nudge());
            listener.start();
        }
    }

    /** Tells the leader, wherever it runs, that events committed here wait to be relayed. */
    static void announce(DataSource dataSource) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
            notify.setString(1, DatabaseListener.channel(connection, TOPIC));
            notify.execute();
        }
    }

    /** Stops listening (on losing the lead, and at shutdown); the thread ends within a second. */
    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }
}
