package eu.cyberplan.platform.notify;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.sse.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What changed in a service's tables, as it commits on any instance of the service, for the consoles open on it (issue
 * 25): statement triggers {@code NOTIFY} on {@code cyberplan_<topic>_<schema>} a payload of comma-separated keys (e.g.
 * {@code "LV REAL,LT REAL"}), and this instance hears them on a connection of its own from the first subscriber until it
 * stops. When listening (re)starts, what was notified meanwhile was not heard: every subscriber is told
 * {@link #ANYTHING}.
 *
 * <p>The triggers notify only while some instance has a subscriber: it says so in {@code change_listener} (topic, until),
 * at each new subscriber and every {@link #STILL_LISTENING} while it has one, for {@link #LISTENING_FOR}. A NOTIFY takes
 * a lock of the whole database at commit, which serialised the fan-out's many small transactions under load (the
 * filing benchmark's p99 went from 0.27 s to 12 s with triggers always on): without a console streaming, the protocol
 * pays nothing.
 */
public final class ChangeFeed implements AutoCloseable {

    /** Said to every subscriber when listening (re)starts. */
    public static final String ANYTHING = "*";

    /** How often a stream says it is alive, so that proxies keep it open. */
    public static final Duration PING_EVERY = Duration.ofSeconds(15);

    /** How long a stream lasts: never long past its token; the page opens the next at once. */
    public static final Duration STREAM_FOR = Duration.ofMinutes(10);

    /** How often an instance with subscribers says it still listens, and for how long each time. */
    static final Duration STILL_LISTENING = Duration.ofSeconds(10);
    static final Duration LISTENING_FOR = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final Sinks.Many<List<String>> heard = Sinks.many().multicast().directBestEffort();
    private final DataSource dataSource;
    private final String topic;
    private final DatabaseListener listener;
    private final AtomicInteger subscribers = new AtomicInteger();
    private final ScheduledExecutorService heartbeat;
    private boolean started;

    public ChangeFeed(DataSource dataSource, String topic) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.topic = topic;
        this.listener = new DatabaseListener(dataSource, topic, () -> emit(List.of(ANYTHING)), this::emitAll);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "still-listening-" + topic);
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(() -> {
            if (subscribers.get() > 0) {
                stillListening();
            }
        }, STILL_LISTENING.toMillis(), STILL_LISTENING.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A signal each time a statement touching {@code key} commits (or anything may have changed). */
    public Flux<String> of(String key) {
        return Flux.defer(() -> {
                    start();
                    subscribers.incrementAndGet();
                    stillListening();
                    return heard.asFlux().filter(keys -> keys.contains(ANYTHING) || keys.contains(key)).map(keys -> key);
                })
                .doFinally(signal -> subscribers.decrementAndGet())
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Tells the triggers (of every instance) that someone listens on this topic, for {@link #LISTENING_FOR}. */
    private void stillListening() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO change_listener (topic, until) VALUES (?, now() + make_interval(secs => ?))
                     ON CONFLICT (topic) DO UPDATE SET until = greatest(change_listener.until, excluded.until)""")) {
            connection.setAutoCommit(true);
            upsert.setString(1, topic);
            upsert.setLong(2, LISTENING_FOR.toSeconds());
            upsert.executeUpdate();
        } catch (SQLException e) {
            // The streams still ping and the pages still poll as a safety net: late, never wrong.
            LOG.warn("cannot say that consoles listen on {}: {}", topic, e.toString());
        }
    }

    /**
     * The server-sent events of a stream of changes: {@code ready} at once (the page reads what it shows, which is the
     * catch-up after a drop), {@code name} at each change, {@code ping} every {@link #PING_EVERY}, for {@link #STREAM_FOR}.
     * The data says which feed changed, never what: the page reads it again through the API's rules.
     */
    public static Flux<Event<Map<String, String>>> stream(Flux<?> changes, String name, Map<String, String> data) {
        Flux<Event<Map<String, String>>> changed = changes.map(c -> Event.of(data).name(name));
        Flux<Event<Map<String, String>>> pings = Flux.interval(PING_EVERY).map(i -> Event.of(Map.<String, String>of()).name("ping"));
        return Flux.just(Event.of(data).name("ready")).concatWith(Flux.merge(changed, pings)).take(STREAM_FOR);
    }

    private synchronized void start() {
        if (!started) {
            started = true;
            listener.start();
        }
    }

    private void emitAll(List<String> payloads) {
        emit(payloads.stream().flatMap(p -> Arrays.stream(p.split(","))).distinct().toList());
    }

    private synchronized void emit(List<String> keys) {
        // Only the listener's thread emits; "synchronized" keeps a (re)listen and a notification from racing into the sink.
        heard.tryEmitNext(keys);
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        listener.close();
    }
}
