package eu.cyberplan.platform.outbox;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Wakes the leading relay when another instance of the service commits outbox events. Commits in the leader's own JVM
 * nudge its {@link OutboxSignal} directly; a standby instance, nudged by its own commits, announces them with
 * PostgreSQL {@code NOTIFY} on a channel of the service's schema, and the leader, which {@code LISTEN}s there on a
 * connection of its own while it leads, nudges its relay. So the relay can look less often while idle
 * ({@link eu.cyberplan.platform.leader.IdlePause}) and a filing on any instance still leaves within milliseconds.
 * Only the leader listens, so two standbys never wake each other in turn.
 */
final class RemoteCommits implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteCommits.class);
    private static final Pattern SCHEMA = Pattern.compile("[a-z0-9_]{1,40}");
    private static final int WAIT_MILLIS = 1_000;

    private final DataSource dataSource;
    private final OutboxSignal signal;
    private volatile boolean listening;
    private Thread thread;

    RemoteCommits(DataSource dataSource, OutboxSignal signal) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.signal = signal;
    }

    /** Starts listening, if not already (the leader calls it each time it finds it leads). */
    synchronized void listen() {
        if (listening) {
            return;
        }
        listening = true;
        thread = new Thread(this::run, "outbox-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Tells the leader, wherever it runs, that events committed here wait to be relayed. */
    static void announce(DataSource dataSource) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
            notify.setString(1, channel(connection));
            notify.execute();
        }
    }

    private void run() {
        while (listening) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try {
                    listenOn(connection);
                } finally {
                    // The connection goes back to the pool: it must not keep collecting notifications there.
                    try (Statement unlisten = connection.createStatement()) {
                        unlisten.execute("UNLISTEN *");
                    } catch (SQLException ignored) {
                        // a broken connection is evicted by the pool anyway
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!listening) {
                    return;
                }
                // The relay still looks at its idle interval meanwhile: a lost wake-up costs latency, never an event.
                LOG.debug("Outbox listener lost its connection; listening again in 1 s: {}", e.toString());
                try {
                    Thread.sleep(WAIT_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + channel(connection));
        }
        // Whatever a standby committed before this LISTEN took effect.
        signal.nudge();
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (listening) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                signal.nudge();
            }
        }
    }

    /** {@code cyberplan_outbox_<schema>}: schema names here are lower-case identifiers, checked before use in SQL. */
    static String channel(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        if (schema == null || !SCHEMA.matcher(schema).matches()) {
            throw new SQLException("outbox wake-ups need a plain lower-case schema name, not " + schema);
        }
        return "cyberplan_outbox_" + schema;
    }

    /** Stops listening (on losing the lead, and at shutdown); the thread ends within a second. */
    @Override
    public synchronized void close() {
        listening = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
