package eu.cyberplan.platform.notify;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * PostgreSQL {@code LISTEN} on a channel of the service's schema ({@code cyberplan_<topic>_<schema>}), on a connection
 * of its own, in a daemon thread that listens again a second after losing its connection. A {@code NOTIFY} is
 * delivered only when its transaction commits, so what is heard has happened, on any instance of the service.
 * {@code onListening} runs each time listening (re)starts, since whatever was notified meanwhile was not heard.
 */
public final class DatabaseListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseListener.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,40}");
    private static final int WAIT_MILLIS = 1_000;

    private final DataSource dataSource;
    private final String topic;
    private final Runnable onListening;
    private final Consumer<List<String>> onPayloads;
    private volatile boolean listening;
    private boolean inPlace;
    private Thread thread;

    public DatabaseListener(DataSource dataSource, String topic, Runnable onListening, Consumer<List<String>> onPayloads) {
        if (!NAME.matcher(topic).matches()) {
            throw new IllegalArgumentException("a channel topic is a plain lower-case name, not " + topic);
        }
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.topic = topic;
        this.onListening = onListening;
        this.onPayloads = onPayloads;
    }

    /** Starts listening, if not already. */
    public synchronized void start() {
        if (listening) {
            return;
        }
        listening = true;
        thread = new Thread(this::run, "listen-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the {@code LISTEN} is in place, at most {@code wait}; true when it is. */
    public synchronized boolean awaitListening(Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        while (!inPlace && listening) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return inPlace;
    }

    private synchronized void inPlace(boolean now) {
        inPlace = now;
        notifyAll();
    }

    /** {@code cyberplan_<topic>_<schema>}: schema names here are lower-case identifiers, checked before use in SQL. */
    public static String channel(Connection connection, String topic) throws SQLException {
        String schema = connection.getSchema();
        if (schema == null || !NAME.matcher(schema).matches() || !NAME.matcher(topic).matches()) {
            throw new SQLException("database notifications need plain lower-case names, not " + topic + " in " + schema);
        }
        return "cyberplan_" + topic + "_" + schema;
    }

    private void run() {
        while (listening) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try {
                    listenOn(connection);
                } finally {
                    inPlace(false);
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
                LOG.debug("Listener of {} lost its connection; listening again in 1 s: {}", topic, e.toString());
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
            listen.execute("LISTEN " + channel(connection, topic));
        }
        // Told before it counts as in place: whoever waits for it subscribes after, and misses nothing it would be told.
        onListening.run();
        inPlace(true);
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (listening) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                onPayloads.accept(Arrays.stream(received).map(PGNotification::getParameter).toList());
            }
        }
    }

    /** Stops listening; the thread ends within a second. */
    @Override
    public synchronized void close() {
        listening = false;
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
