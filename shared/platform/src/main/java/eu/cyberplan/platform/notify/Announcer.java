package eu.cyberplan.platform.notify;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sends the keys that changed on this instance as one {@code NOTIFY} on the feed's channel, from a thread of its own: at
 * once after a quiet spell, then at most every {@link #AT_MOST_EVERY} while changes keep coming. A {@code NOTIFY} takes
 * a lock of the whole database for its transaction's commit; sent from the protocol's own transactions, it serialised
 * the fan-out's commits under load (the filing benchmark's p99 went from 0.27 s to 12 s). Sent from here, it costs the
 * protocol nothing, however many consoles stream.
 */
final class Announcer implements AutoCloseable {

    /** The pace of announcements during a burst: the pages read again at most four times a second anyway. */
    static final Duration AT_MOST_EVERY = Duration.ofMillis(50);

    /** A payload holds at most 8000 bytes; past this, "anything may have changed". */
    static final int MAX_PAYLOAD_BYTES = 7_900;

    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);
    private static final long RETRY_MILLIS = 1_000;

    private final DataSource dataSource;
    private final String topic;
    private final Set<String> pending = new LinkedHashSet<>();
    private volatile boolean running = true;
    private Thread thread;

    Announcer(DataSource dataSource, String topic) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.topic = topic;
    }

    /** Announces the keys soon; they have committed. */
    synchronized void add(Collection<String> keys) {
        if (keys.isEmpty() || !running) {
            return;
        }
        pending.addAll(keys);
        if (thread == null) {
            thread = new Thread(this::run, "announce-" + topic);
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    /** The payload of one notification: the keys, or {@link ChangeFeed#ANYTHING} when they would not fit. */
    static String payload(Collection<String> keys) {
        String joined = String.join(",", keys);
        return joined.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES ? ChangeFeed.ANYTHING : joined;
    }

    private void run() {
        try {
            while (running) {
                List<String> keys = next();
                try {
                    send(payload(keys));
                    Thread.sleep(AT_MOST_EVERY.toMillis());
                } catch (SQLException | RuntimeException e) {
                    // Announced late, never lost while the instance runs: the keys wait for the next try.
                    LOG.warn("cannot announce changes on {}; trying again in 1 s: {}", topic, e.toString());
                    synchronized (this) {
                        pending.addAll(keys);
                    }
                    Thread.sleep(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized List<String> next() throws InterruptedException {
        while (pending.isEmpty()) {
            wait();
        }
        List<String> keys = List.copyOf(pending);
        pending.clear();
        return keys;
    }

    private void send(String payload) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            connection.setAutoCommit(true);
            notify.setString(1, DatabaseListener.channel(connection, topic));
            notify.setString(2, payload);
            notify.execute();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
