package eu.cyberplan.platform.notify;

import io.micronaut.http.sse.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What changed in a service's tables, as it commits on any instance of the service, for the consoles open on it (issue
 * 25): statement triggers {@code NOTIFY} on {@code cyberplan_<topic>_<schema>} a payload of comma-separated keys (e.g.
 * {@code "LV REAL,LT REAL"}), and this instance hears them on a connection of its own from the first subscriber until it
 * stops. When listening (re)starts, what was notified meanwhile was not heard: every subscriber is told
 * {@link #ANYTHING}.
 */
public final class ChangeFeed implements AutoCloseable {

    /** Said to every subscriber when listening (re)starts. */
    public static final String ANYTHING = "*";

    /** How often a stream says it is alive, so that proxies keep it open. */
    public static final Duration PING_EVERY = Duration.ofSeconds(15);

    /** How long a stream lasts: never long past its token; the page opens the next at once. */
    public static final Duration STREAM_FOR = Duration.ofMinutes(10);

    private final Sinks.Many<List<String>> heard = Sinks.many().multicast().directBestEffort();
    private final DatabaseListener listener;
    private boolean started;

    public ChangeFeed(DataSource dataSource, String topic) {
        this.listener = new DatabaseListener(dataSource, topic, () -> emit(List.of(ANYTHING)), this::emitAll);
    }

    /** A signal each time a statement touching {@code key} commits (or anything may have changed). */
    public Flux<String> of(String key) {
        start();
        return heard.asFlux().filter(keys -> keys.contains(ANYTHING) || keys.contains(key)).map(keys -> key);
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
        listener.close();
    }
}
